/** The board in localStorage, with a versioned schema; damaged data is reset with a notice. */
import { parseBoard } from './parse';
import type { Board } from './schema';

/** The localStorage key (the schema version lives inside the value). */
export const STORAGE_KEY = 'confnotes.roast-board';

/** What was found in storage: a board (maybe migrated), nothing, or a reset. */
export interface Loaded {
  board: Board | null;
  /** A sentence for the user when the saved data was migrated or reset. */
  notice: string | null;
}

/** The part of `Storage` used here (so tests can pass a plain object). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Reads the saved board; never throws (storage may be disabled or full of junk). */
export function loadBoard(store: KeyValueStore): Loaded {
  let raw: string | null;
  try {
    raw = store.getItem(STORAGE_KEY);
  } catch {
    return { board: null, notice: 'This browser does not allow saving, so the board is not kept between visits.' };
  }
  if (raw === null) return { board: null, notice: null };
  let json: unknown;
  try {
    json = raw.length > 1_000_000 ? undefined : JSON.parse(raw);
  } catch {
    json = undefined;
  }
  const parsed = json === undefined ? null : parseBoard(json);
  if (!parsed?.ok) {
    try {
      store.removeItem(STORAGE_KEY);
    } catch {
      // Nothing more to do: the sample board is shown either way.
    }
    const why = parsed ? parsed.error : 'The saved data is not valid JSON.';
    return {
      board: null,
      notice: `The board saved in this browser was damaged and has been reset to the sample. (${why})`,
    };
  }
  const { board, migratedFrom } = parsed.value;
  return {
    board,
    notice:
      migratedFrom === null
        ? null
        : `The board saved in this browser used the old format (version ${migratedFrom}) and was upgraded.`,
  };
}

/** Saves the board; returns an error sentence when storage refuses (quota, privacy mode). */
export function saveBoard(store: KeyValueStore, board: Board): string | null {
  try {
    store.setItem(STORAGE_KEY, JSON.stringify(board));
    return null;
  } catch {
    return 'The board could not be saved in this browser (storage full or disabled); export it as JSON to keep it.';
  }
}
