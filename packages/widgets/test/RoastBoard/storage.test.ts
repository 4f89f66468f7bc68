import { describe, expect, it } from 'vitest';
import { SAMPLE_BOARD } from '../../src/RoastBoard/sample';
import { type KeyValueStore, loadBoard, STORAGE_KEY, saveBoard } from '../../src/RoastBoard/storage';

function memory(initial?: string): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>(initial === undefined ? [] : [[STORAGE_KEY, initial]]);
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('board storage', () => {
  it('round-trips a saved board', () => {
    const store = memory();
    expect(saveBoard(store, SAMPLE_BOARD)).toBeNull();
    expect(loadBoard(store)).toEqual({ board: SAMPLE_BOARD, notice: null });
  });

  it('returns nothing (no notice) when nothing is saved', () => {
    expect(loadBoard(memory())).toEqual({ board: null, notice: null });
  });

  it('resets corrupt JSON with a notice and removes it', () => {
    const store = memory('{"version":2,"boxes":[');
    const r = loadBoard(store);
    expect(r.board).toBeNull();
    expect(r.notice).toBe(
      'The board saved in this browser was damaged and has been reset to the sample. (The saved data is not valid JSON.)',
    );
    expect(store.data.has(STORAGE_KEY)).toBe(false);
  });

  it('resets a structurally invalid board, saying what was wrong', () => {
    const r = loadBoard(memory(JSON.stringify({ ...SAMPLE_BOARD, boxes: 'nope' })));
    expect(r.notice).toContain('The component list is missing or not a list');
  });

  it('migrates a version 1 board with a notice', () => {
    const v1 = {
      version: 1,
      name: 'Old',
      components: ['A'],
      connections: [],
      risks: [{ element: 'A', failure: 'x', likelihood: 2, impact: 2 }],
    };
    const r = loadBoard(memory(JSON.stringify(v1)));
    expect(r.board?.failureModes[0]?.elementId).toBe('b1');
    expect(r.notice).toBe('The board saved in this browser used the old format (version 1) and was upgraded.');
  });

  it('survives a storage that throws on every call', () => {
    const hostile: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    };
    expect(loadBoard(hostile).notice).toContain('does not allow saving');
    expect(saveBoard(hostile, SAMPLE_BOARD)).toContain('could not be saved');
  });
});
