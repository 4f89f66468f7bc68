/** One JSON text of a JSON-SEQ or NDJSON file, with the line it starts on. */
export interface TextRecord {
  text: string;
  line: number;
}

function countNewlines(text: string, upTo: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < upTo; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Splits a JSON-SEQ (RFC 7464, records start with U+001E) or newline-delimited text into its
 * non-empty records with their 1-based start lines. Linear in the text's length.
 *
 * @param separator - "\u001e" for JSON-SEQ, "\n" for NDJSON
 */
export function splitRecords(text: string, separator: string): TextRecord[] {
  const out: TextRecord[] = [];
  let line = 1;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf(separator, start);
    if (end === -1) end = text.length;
    const chunk = text.slice(start, end);
    const lead = chunk.length - chunk.trimStart().length;
    const body = chunk.trim();
    if (body !== '') out.push({ text: body, line: line + countNewlines(chunk, lead) });
    line += countNewlines(chunk, chunk.length) + (separator === '\n' ? 1 : 0);
    start = end + 1;
  }
  return out;
}

/** 1-based line of a character index. */
export function lineAt(text: string, index: number): number {
  return 1 + countNewlines(text, index);
}
