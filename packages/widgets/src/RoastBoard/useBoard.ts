import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { readCompressedParam, withCompressedParam, writeCompressedParam } from '../shared/compressed-param';
import { parseBoard } from './parse';
import { SAMPLE_BOARD } from './sample';
import type { Board } from './schema';
import { type KeyValueStore, loadBoard, saveBoard } from './storage';

/** URL param that carries the whole board, lz-string compressed. */
export const BOARD_PARAM = 'rb.board';
const WRITE_DELAY_MS = 400;

/** The board with its persistence (localStorage + link). */
export interface BoardHandle {
  board: Board;
  /** Replaces the board after a user action: saved in this browser and written to the URL. */
  update: (next: Board) => void;
  /** Sentences about where the board came from (link, migrated or reset storage, save errors). */
  notices: string[];
  /** Adds the board to a widget link. */
  addToLink: (url: string) => string;
  /** Restores the board before the last structural change (remove, load, import); null if none. */
  undo: (() => void) | null;
  /** Like `update`, but remembers the current board so the change can be undone. */
  replace: (next: Board) => void;
}

function browserStore(): KeyValueStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Starts from the sample (what the build renders). On hydration: a board in the link wins,
 * else the board saved in this browser; damaged data gives a notice and a safe fallback.
 */
export function useBoard(): BoardHandle {
  const [board, setBoard] = useState<Board>(SAMPLE_BOARD);
  const [notices, setNotices] = useState<string[]>([]);
  const edited = useRef(false);
  const [previous, setPrevious] = useState<Board | null>(null);

  useEffect(() => {
    const found: string[] = [];
    const fromLink = readCompressedParam(window.location.search, BOARD_PARAM, parseBoard);
    if (fromLink?.ok) {
      setBoard(fromLink.value.board);
      found.push('Showing the board from the link. Editing it replaces the board saved in this browser.');
    } else {
      if (fromLink) found.push(`${fromLink.error} The board saved in this browser (or the sample) is shown instead.`);
      const store = browserStore();
      const loaded = store ? loadBoard(store) : { board: null, notice: null };
      if (loaded.board) setBoard(loaded.board);
      if (loaded.notice) found.push(loaded.notice);
    }
    setNotices(found);
  }, []);

  useEffect(() => {
    if (!edited.current) return;
    const timer = window.setTimeout(() => writeCompressedParam(BOARD_PARAM, board), WRITE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [board]);

  const update = useCallback((next: Board) => {
    edited.current = true;
    setBoard(next);
    const store = browserStore();
    const error = store ? saveBoard(store, next) : 'This browser does not allow saving; export the board as JSON.';
    setNotices((prev) => {
      const kept = prev.filter((n) => !n.startsWith('The board could not be saved') && !n.startsWith('This browser'));
      return error ? [...kept, error] : kept;
    });
  }, []);

  const replace = useCallback(
    (next: Board) => {
      setPrevious(board);
      update(next);
    },
    [board, update],
  );
  const undo = previous
    ? () => {
        update(previous);
        setPrevious(null);
      }
    : null;
  const addToLink = useCallback((url: string) => withCompressedParam(url, BOARD_PARAM, board), [board]);
  return { board, update, replace, undo, notices, addToLink };
}
