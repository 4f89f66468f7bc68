/** The backlog for a team's tracker: CSV (spreadsheet-safe) and Markdown. Pure. */
import { backlog } from './risk';
import type { Board } from './schema';

const HEADER = [
  'Rank',
  'Priority',
  'Score',
  'Element',
  'Failure mode',
  'Probability',
  'Blast radius',
  'Affected',
  'Owner',
  'Mitigation',
  'Status',
];

/**
 * One CSV cell (RFC 4180 quoting). Text starting with = + - @ (or a tab or carriage return) is
 * prefixed with an apostrophe so spreadsheets do not run it as a formula (OWASP CSV injection).
 * @example csvCell('=HYPERLINK("x")') // "'=HYPERLINK(""x"")" quoted
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function rows(board: Board): (string | number)[][] {
  return backlog(board).map((item) => [
    item.rank,
    item.priority,
    item.score,
    item.element,
    item.failure.mode,
    item.failure.probability,
    item.failure.blastRadius,
    item.failure.affected,
    item.failure.owner,
    item.failure.mitigation,
    item.failure.status,
  ]);
}

/** The ranked backlog as CSV (CRLF line ends, header row). */
export function backlogCsv(board: Board): string {
  const lines = [HEADER, ...rows(board)].map((r) => r.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Escapes text for a Markdown table cell: pipes, backslashes, line breaks and HTML brackets. */
export function markdownCell(value: string | number): string {
  return String(value)
    .replaceAll('\\', '\\\\')
    .replaceAll('|', '\\|')
    .replace(/[\r\n]+/g, ' ')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .trim();
}

/** The ranked backlog as a Markdown document with one table. */
export function backlogMarkdown(board: Board): string {
  const items = rows(board);
  const lines = [
    `# Reliability backlog: ${markdownCell(board.name)}`,
    '',
    `${board.boxes.length} components, ${board.lines.length} connections, ${board.failureModes.length} failure modes; ${items.length} in the backlog (open or in progress). Score = probability × blast radius.`,
    '',
    `| ${HEADER.join(' | ')} |`,
    `| ${HEADER.map(() => '---').join(' | ')} |`,
    ...items.map((r) => `| ${r.map(markdownCell).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}
