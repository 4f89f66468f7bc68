import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RecoveryInput, recoveryPlan } from '../../src/RpoRtoPlanner/model';
import { recoveryInput, rrSpec } from '../../src/RpoRtoPlanner/state';
import { decodeState, defaultState } from '../../src/shared/url-state';

const base: RecoveryInput = recoveryInput(defaultState(rrSpec));

describe('recoveryPlan: the page example (nightly backup, 2 TB at 200 MB/s)', () => {
  const r = recoveryPlan(base);
  it('restores 2 000 000 MB at 200 MB/s in 10 000 s', () => {
    expect(r.path).toBe('restore');
    expect(r.restoreMinutes).toBeCloseTo(10_000 / 60, 12);
  });
  it('loses up to a day plus the 30 min until the backup is usable', () => {
    expect(r.rpoMinutes).toBe(24 * 60 + 30);
    expect(r.meetsRpo).toBe(false);
  });
  it('recovers in 10 + 20 + 166.7 + 15 = 211.7 minutes, missing the 60 min target', () => {
    expect(r.rtoMinutes).toBeCloseTo(45 + 10_000 / 60, 12);
    expect(r.phases.map((p) => p.label)).toEqual(['Detection', 'Decision', 'Restore from backup', 'Verification']);
    expect(r.phases[2]).toMatchObject({ startMinutes: 30 });
    expect(r.meetsRto).toBe(false);
  });
  it('says what would have to change: 15 min left for the restore needs 2 000 000 MB / 900 s = 2220 MB/s', () => {
    expect(r.rpoChanges[0]).toContain('takes 30 min to become usable');
    expect(r.rpoChanges[1]).toContain('replicate to a second site');
    expect(r.rtoChanges[0]).toBe('Restore at 2220 MB/s or more (now 200 MB/s), or restore less data first.');
    expect(r.rtoChanges[1]).toContain('warm standby');
  });
});

describe('recoveryPlan: replication and corruption', () => {
  it('an async replica loses its lag and recovers by failover (10 + 20 + 5 + 15 = 50 min)', () => {
    const r = recoveryPlan({ ...base, replication: 'async', replicationLagSeconds: 30 });
    expect(r).toMatchObject({ path: 'failover', rpoMinutes: 0.5, rtoMinutes: 50, meetsRpo: true, meetsRto: true });
    expect(r.rpoChanges).toEqual([]);
    expect(r.rtoChanges).toEqual([]);
  });
  it('a sync replica loses nothing; a lagging async one is told the lag it needs', () => {
    expect(recoveryPlan({ ...base, replication: 'sync' }).rpoMinutes).toBe(0);
    const r = recoveryPlan({ ...base, replication: 'async', replicationLagSeconds: 1800 });
    expect(r.rpoChanges).toEqual(['Keep the replication lag under 15 min (now 30 min), or replicate synchronously.']);
  });
  it('corruption is replicated, so it restores from backup even with a replica', () => {
    const r = recoveryPlan({ ...base, replication: 'sync', disaster: 'corruption' });
    expect(r.path).toBe('restore');
    expect(r.rpoMinutes).toBe(1470);
    expect(r.rpoChanges.at(-1)).toContain('point-in-time recovery');
  });
  it('hourly backups usable after 5 min meet a 65 min RPO; a 60 min RPO asks for backups every 55 min', () => {
    const hourly = { ...base, backupIntervalMinutes: 60, backupDelayMinutes: 5 };
    expect(recoveryPlan({ ...hourly, rpoTargetMinutes: 65 }).meetsRpo).toBe(true);
    expect(recoveryPlan({ ...hourly, rpoTargetMinutes: 60 }).rpoChanges[0]).toBe(
      'Back up at least every 55 min (now every 1 h).',
    );
  });
  it('when detection, decision and verification alone exceed the RTO, says so', () => {
    const r = recoveryPlan({ ...base, rtoTargetMinutes: 40 });
    expect(r.rtoChanges).toEqual([expect.stringContaining('alone take 45 min')]);
  });
});

describe('URL state → plan', () => {
  it('any query string gives finite numbers (never NaN)', () => {
    const keys = Object.keys(rrSpec);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...keys), fc.string({ maxLength: 30 })), { maxLength: 15 }),
        (pairs) => {
          const params = new URLSearchParams(pairs.map(([k, v]) => [`rr.${k}`, v]));
          const r = recoveryPlan(recoveryInput(decodeState(rrSpec, params, 'rr').state));
          expect(Number.isFinite(r.rpoMinutes) && Number.isFinite(r.rtoMinutes)).toBe(true);
        },
      ),
    );
  });
});
