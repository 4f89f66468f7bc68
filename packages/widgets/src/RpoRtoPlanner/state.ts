import type { StateOf, StateSpec } from '../shared/url-state';
import type { RecoveryInput } from './model';

/** URL prefix of the RPO/RTO planner (`rr.size=2000`). */
export const RR_PREFIX = 'rr';

const minutes = (label: string, value: number, max = 10_080) =>
  ({ kind: 'number', label, default: value, min: 0, max }) as const;

/** Every input of the planner with its default and bounds; units in the labels. */
export const rrSpec = {
  backupH: { kind: 'number', label: 'Backup interval (hours)', default: 24, min: 0.01, max: 720 },
  backupDelay: minutes('Time until a backup is usable (minutes)', 30),
  repl: { kind: 'enum', label: 'Replication', default: 'none', values: ['none', 'async', 'sync'] },
  lagS: { kind: 'number', label: 'Replication lag (seconds)', default: 30, min: 0, max: 86_400 },
  disaster: { kind: 'enum', label: 'Disaster', default: 'site-loss', values: ['site-loss', 'corruption'] },
  sizeGb: { kind: 'number', label: 'Data size (GB)', default: 2000, min: 0.001, max: 1_000_000 },
  mbps: { kind: 'number', label: 'Restore throughput (MB/s)', default: 200, min: 0.1, max: 100_000 },
  detect: minutes('Detection time (minutes)', 10, 525_600),
  retentionD: { kind: 'number', label: 'Backup retention (days)', default: 30, min: 0.01, max: 3650 },
  pitr: { kind: 'enum', label: 'Point-in-time recovery', default: 'none', values: ['none', 'logs'] },
  replay: minutes('Log replay time per hour of logs (minutes)', 10, 600),
  decide: minutes('Decision time (minutes)', 20),
  failover: minutes('Failover time (minutes)', 5),
  verify: minutes('Verification time (minutes)', 15),
  rpo: minutes('RPO target (minutes)', 15, 525_600),
  rto: minutes('RTO target (minutes)', 60, 525_600),
} as const satisfies StateSpec;

/** The planner's URL state. */
export type RrState = StateOf<typeof rrSpec>;

/** URL state (hours, short names) → model input. */
export function recoveryInput(s: RrState): RecoveryInput {
  return {
    backupIntervalMinutes: s.backupH * 60,
    backupDelayMinutes: s.backupDelay,
    replication: s.repl,
    replicationLagSeconds: s.lagS,
    disaster: s.disaster,
    dataSizeGb: s.sizeGb,
    restoreMBps: s.mbps,
    detectionMinutes: s.detect,
    backupRetentionDays: s.retentionD,
    pointInTimeRecovery: s.pitr === 'logs',
    logReplayMinutesPerHour: s.replay,
    decisionMinutes: s.decide,
    failoverMinutes: s.failover,
    verificationMinutes: s.verify,
    rpoTargetMinutes: s.rpo,
    rtoTargetMinutes: s.rto,
  };
}
