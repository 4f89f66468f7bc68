import { formatDuration } from '../shared/format';
import { rpoChanges, rtoChanges } from './advice';

/**
 * Worst-case data loss (RPO achieved) and time to restore (RTO achieved) of a recovery design,
 * against targets, with what would have to change to meet each target. Pure functions.
 *
 * Data loss: a backup taken at time kI becomes usable (copied off-site, verified) U minutes
 * later; a disaster just before backup k+1 is usable leaves backup k, so the worst case loses
 * I + U. An asynchronous replica loses at most its lag; a synchronous one nothing.
 * Corruption (a bad delete) is replicated at once, and every backup taken after it is corrupt
 * too: the last clean backup started up to I before the corruption, and the writes made between
 * the corruption and its detection D minutes later are discarded as well, so the worst case
 * loses I + D. With point-in-time recovery (archived logs) the restore replays the logs up to
 * just before the corruption: only the D minutes after it are lost, but up to I of logs must be
 * replayed. The clean backup is up to I + D old when the corruption is found: with a shorter
 * retention it has been deleted and nothing clean is left. Backups are assumed usable by then.
 * Recovery: detection + decision + (fail over to the replica, or restore size/throughput, then
 * replay logs) + verification. Units: minutes unless a name says otherwise; 1 GB = 1000 MB.
 */

/** How data leaves the primary site besides backups. */
export type ReplicationMode = 'none' | 'async' | 'sync';
/** What went wrong: the site is gone, or the data itself is damaged (replicated too). */
export type DisasterKind = 'site-loss' | 'corruption';

/** A recovery design. */
export interface RecoveryInput {
  /** Time between backups/snapshots, minutes (> 0). */
  backupIntervalMinutes: number;
  /** Minutes from a backup's start until it can be restored (copy off-site, verification). */
  backupDelayMinutes: number;
  replication: ReplicationMode;
  /** Replication lag of an asynchronous replica, seconds. */
  replicationLagSeconds: number;
  disaster: DisasterKind;
  /** Data to restore, GB. */
  dataSizeGb: number;
  /** Restore throughput, MB/s (> 0). */
  restoreMBps: number;
  /** Minutes until someone knows about the disaster (for corruption: until the corruption is noticed). */
  detectionMinutes: number;
  /** Days a backup is kept before it is deleted (> 0). */
  backupRetentionDays: number;
  /** Point-in-time recovery from archived write-ahead logs (used for corruption). */
  pointInTimeRecovery: boolean;
  /** Minutes to replay one hour of archived logs. */
  logReplayMinutesPerHour: number;
  /** Minutes to decide to fail over or restore. */
  decisionMinutes: number;
  /** Minutes to promote the replica and move traffic. */
  failoverMinutes: number;
  /** Minutes to verify and warm up before declaring the service restored. */
  verificationMinutes: number;
  /** Target: maximum tolerable data loss, minutes. */
  rpoTargetMinutes: number;
  /** Target: maximum tolerable time to restore, minutes. */
  rtoTargetMinutes: number;
}

/** One phase of the recovery timeline (minutes after the disaster). */
export interface Phase {
  label: string;
  startMinutes: number;
  endMinutes: number;
}

/** The achieved objectives and what to change. */
export interface RecoveryResult {
  /** Recovery path: fail over to a replica, or restore a backup. */
  path: 'failover' | 'restore';
  /** Worst-case data loss, minutes. */
  rpoMinutes: number;
  /** Time from the disaster until service is restored, minutes. */
  rtoMinutes: number;
  /** Restore duration alone (size / throughput), minutes. */
  restoreMinutes: number;
  /** Corruption only: the last clean backup was deleted before the corruption was noticed. */
  noCleanBackup: boolean;
  /** Detection, decision, recovery and verification, in order. */
  phases: Phase[];
  meetsRpo: boolean;
  meetsRto: boolean;
  /** What would have to change to meet the RPO target (empty when met). */
  rpoChanges: string[];
  /** What would have to change to meet the RTO target (empty when met). */
  rtoChanges: string[];
  /** The numbers in that advice, rounded in the safe direction: each one, applied, meets its target. */
  advised: AdvisedValues;
}

/** Advised settings, as printed in the advice (rounded so that applying one meets its target). */
export interface AdvisedValues {
  backupIntervalMinutes?: number;
  backupRetentionDays?: number;
  detectionMinutes?: number;
  replicationLagSeconds?: number;
  failoverMinutes?: number;
  restoreMBps?: number;
}

const MINUTES_PER_DAY = 1440;

/** Worst-case log replay for point-in-time recovery: up to one backup interval of logs, minutes. */
export function replayMinutes(x: RecoveryInput): number {
  return x.pointInTimeRecovery && x.disaster === 'corruption'
    ? (x.backupIntervalMinutes / 60) * x.logReplayMinutesPerHour
    : 0;
}

/** Minutes → a short human value ("50 min", "3 h 32 min"); never prints NaN. */
export function minutesText(m: number): string {
  return formatDuration(m * 60);
}

/**
 * Achieved RPO and RTO of a design, against its targets.
 * @example recoveryPlan({ ...input, dataSizeGb: 2000, restoreMBps: 200 }).restoreMinutes // 166.7 (10 000 s)
 */
export function recoveryPlan(x: RecoveryInput): RecoveryResult {
  const path = x.replication !== 'none' && x.disaster === 'site-loss' ? 'failover' : 'restore';
  const restoreMinutes = (x.dataSizeGb * 1000) / x.restoreMBps / 60;
  const corruption = x.disaster === 'corruption';
  const pitr = corruption && x.pointInTimeRecovery;
  const cleanBackupAge = x.backupIntervalMinutes + x.detectionMinutes;
  const noCleanBackup = corruption && x.backupRetentionDays * MINUTES_PER_DAY < cleanBackupAge;
  let rpo = x.backupIntervalMinutes + x.backupDelayMinutes;
  if (path === 'failover') rpo = x.replication === 'sync' ? 0 : x.replicationLagSeconds / 60;
  if (corruption) rpo = noCleanBackup ? Number.POSITIVE_INFINITY : pitr ? x.detectionMinutes : cleanBackupAge;
  const recovery = path === 'failover' ? x.failoverMinutes : restoreMinutes;
  const steps: [string, number][] = [
    ['Detection', x.detectionMinutes],
    ['Decision', x.decisionMinutes],
    [path === 'failover' ? 'Fail over to the replica' : 'Restore from backup', recovery],
    ...(pitr ? [['Replay logs', replayMinutes(x)] as [string, number]] : []),
    ['Verification', x.verificationMinutes],
  ];
  const advised: AdvisedValues = {};
  let t = 0;
  const phases = steps.map(([label, minutes]) => {
    const phase = { label, startMinutes: t, endMinutes: t + minutes };
    t += minutes;
    return phase;
  });
  return {
    path,
    rpoMinutes: rpo,
    rtoMinutes: t,
    restoreMinutes,
    noCleanBackup,
    phases,
    meetsRpo: rpo <= x.rpoTargetMinutes,
    meetsRto: t <= x.rtoTargetMinutes,
    rpoChanges: rpoChanges(x, path, rpo, noCleanBackup, advised),
    rtoChanges: rtoChanges(x, path, t, recovery, advised),
    advised,
  };
}
