// @vitest-environment node
// The static build renders each widget on every page that embeds it (a talk page and its deck,
// and every copy of a page): its first numbers must be computed once per setting.
import { describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ race: 0, hol: 0 }));

vi.mock('../../src/HandshakeRace/model', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/HandshakeRace/model')>();
  const race: typeof actual.race = (...args) => {
    calls.race++;
    return actual.race(...args);
  };
  return { ...actual, race };
});
vi.mock('../../src/HolBlocking/simulate', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/HolBlocking/simulate')>();
  const simulateHol: typeof actual.simulateHol = (params) => {
    calls.hol++;
    return actual.simulateHol(params);
  };
  return { ...actual, simulateHol };
});

const { raceRows } = await import('../../src/HandshakeRace/race-rows');
const { firstResult } = await import('../../src/HolBlocking/useHolSimulation');

describe('first numbers during the static build', () => {
  it('races each handshake setting once and hands every page the same rows', () => {
    const first = raceRows(50, 1, 7);
    expect(raceRows(50, 1, 7)).toBe(first);
    expect(calls.race).toBe(1);
    expect(raceRows(80, 1, 7)).not.toBe(first);
    expect(calls.race).toBe(2);
  });

  it('simulates head-of-line blocking once per set of params', () => {
    const params = { streams: 4, loss: 0.01, rttMs: 50, mbps: 10, trials: 50, seed: 3 };
    const first = firstResult(params);
    expect(firstResult({ ...params })).toBe(first);
    expect(calls.hol).toBe(1);
    expect(firstResult({ ...params, loss: 0.02 }).params.loss).toBe(0.02);
    expect(calls.hol).toBe(2);
  });
});
