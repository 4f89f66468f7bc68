import { backlogCsv, backlogMarkdown } from './export';
import { parseBoard } from './parse';
import { type Board, LIMITS } from './schema';

export interface ImportExportProps {
  /** Id prefix of the widget. */
  id: string;
  /** The board. */
  board: Board;
  /** Applies an imported board. */
  update: (next: Board) => void;
  /** Reports what happened, or why an import was refused (the current board is kept). */
  say: (message: string, isError?: boolean) => void;
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'board';

/** Reads a chosen file as a board; the result is the board or one specific sentence. */
export async function readBoardFile(
  file: Pick<File, 'size' | 'text' | 'name'>,
): Promise<{ board: Board; note: string } | string> {
  if (file.size > LIMITS.fileBytes)
    return `"${file.name}" is ${Math.round(file.size / 1000)} kB; a board file may be at most 1000 kB. The current board is kept.`;
  let content: string;
  try {
    content = await file.text();
  } catch {
    return `"${file.name}" could not be read. The current board is kept.`;
  }
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return `"${file.name}" is not valid JSON. The current board is kept.`;
  }
  const parsed = parseBoard(json);
  if (!parsed.ok) return `${parsed.error} The current board is kept.`;
  const { board, migratedFrom } = parsed.value;
  const note = migratedFrom === null ? '' : ` It used the old format (version ${migratedFrom}) and was upgraded.`;
  return { board, note: `Imported "${board.name}" from ${file.name}.${note}` };
}

/** Export for the tracker (JSON, CSV, Markdown) and import of a board JSON file. */
export function ImportExport({ id, board, update, say }: ImportExportProps) {
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const result = await readBoardFile(file);
    input.value = '';
    if (typeof result === 'string') return say(result, true);
    update(result.board);
    say(result.note);
  };
  const name = slug(board.name);
  return (
    <div class="cn-row-actions">
      <button
        type="button"
        class="cn-button"
        onClick={() => download(`${name}.roast.json`, 'application/json', `${JSON.stringify(board, null, 2)}\n`)}
      >
        Export JSON
      </button>
      <button
        type="button"
        class="cn-button"
        onClick={() => download(`${name}-backlog.csv`, 'text/csv', backlogCsv(board))}
      >
        Export backlog as CSV
      </button>
      <button
        type="button"
        class="cn-button"
        onClick={() => download(`${name}-backlog.md`, 'text/markdown', backlogMarkdown(board))}
      >
        Export backlog as Markdown
      </button>
      <span class="cn-field">
        <label for={`${id}-import`}>Import a board (JSON file)</label>
        <input
          id={`${id}-import`}
          type="file"
          accept="application/json,.json"
          onChange={(e) => onFile(e.currentTarget as HTMLInputElement)}
        />
      </span>
    </div>
  );
}
