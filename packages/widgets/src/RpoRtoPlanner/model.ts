import { formatDuration, formatNumber } from '../shared/format';
import { durationAtMost, significantAtLeast } from '../shared/safe-rounding';

/**
 * Worst-case data loss (RPO achieved) and time to restore (RTO achieved) of a recovery design,
 * against targets, with what would have to change to meet each target. Pure functions.
 *
 * Data loss: a backup taken at time kI becomes usable (copied off-site, verified) U minutes
 * later; a disaster just before backup k+1 is usable leaves backup k, so the worst case loses
 * I + U. An asynchronous replica loses at most its lag; a synchronous one nothing. Replicas copy
 * logical corruption (a bad delete) at once, so for corruption only backups help.
 * Recovery: detection + decision + (fail over to the replica, or restore size/throughput) +
 * verification. Units: minutes unless a name says otherwise; 1 GB = 1000 MB.
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
  /** Minutes until someone knows about the disaster. */
  detectionMinutes: number;
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
  replicationLagSeconds?: number;
  failoverMinutes?: number;
  restoreMBps?: number;
}

/** A limit in minutes rounded down to what `minutesText` prints exactly (advice "at most …"). */
const minutesAtMost = (m: number) => durationAtMost(m * 60) / 60;

/** Minutes → a short human value ("50 min", "3 h 32 min"); never prints NaN. */
export function minutesText(m: number): string {
  return formatDuration(m * 60);
}

function rpoChanges(x: RecoveryInput, path: RecoveryResult['path'], rpo: number, advised: AdvisedValues): string[] {
  if (rpo <= x.rpoTargetMinutes) return [];
  const target = x.rpoTargetMinutes;
  const lagSeconds = durationAtMost(target * 60);
  if (path === 'failover') {
    advised.replicationLagSeconds = lagSeconds;
    return [
      `Keep the replication lag at or under ${formatDuration(lagSeconds)} (now ${minutesText(rpo)}), or replicate synchronously.`,
    ];
  }
  const out: string[] = [];
  const interval = minutesAtMost(target - x.backupDelayMinutes);
  if (interval > 0) {
    advised.backupIntervalMinutes = interval;
    out.push(
      `Back up every ${minutesText(interval)} or more often (now every ${minutesText(x.backupIntervalMinutes)}).`,
    );
  } else {
    out.push(
      `A backup takes ${minutesText(x.backupDelayMinutes)} to become usable, more than the ${minutesText(target)} target: make backups usable sooner.`,
    );
  }
  if (x.disaster === 'corruption') {
    out.push('Replicas copy corruption at once: add point-in-time recovery (continuous log archiving) to lose less.');
  } else if (x.replication === 'none') {
    out.push(`Or replicate to a second site with a lag at or under ${formatDuration(lagSeconds)}.`);
  }
  return out;
}

function rtoChanges(
  x: RecoveryInput,
  path: RecoveryResult['path'],
  rto: number,
  recovery: number,
  advised: AdvisedValues,
): string[] {
  if (rto <= x.rtoTargetMinutes) return [];
  const fixed = x.detectionMinutes + x.decisionMinutes + x.verificationMinutes;
  const room = x.rtoTargetMinutes - fixed;
  if (room <= 0) {
    return [
      `Detection, decision and verification alone take ${minutesText(fixed)}, more than the ${minutesText(x.rtoTargetMinutes)} target: automate detection and pre-approve the decision.`,
    ];
  }
  if (path === 'failover') {
    advised.failoverMinutes = minutesAtMost(room);
    return [
      `Fail over in at most ${minutesText(advised.failoverMinutes)} (now ${minutesText(recovery)}): automate the promotion.`,
    ];
  }
  // Rounded up: 2 TB in 15 min needs 2,222.2 MB/s, and 2,220 would miss the target.
  advised.restoreMBps = significantAtLeast((x.dataSizeGb * 1000) / (room * 60));
  const out = [
    `Restore at ${formatNumber(advised.restoreMBps)} MB/s or more (now ${formatNumber(x.restoreMBps, 6)} MB/s), or restore less data first.`,
  ];
  if (x.disaster === 'site-loss') out.push('Or keep a warm standby replica and fail over instead of restoring.');
  return out;
}

/**
 * Achieved RPO and RTO of a design, against its targets.
 * @example recoveryPlan({ ...input, dataSizeGb: 2000, restoreMBps: 200 }).restoreMinutes // 166.7 (10 000 s)
 */
export function recoveryPlan(x: RecoveryInput): RecoveryResult {
  const path = x.replication !== 'none' && x.disaster === 'site-loss' ? 'failover' : 'restore';
  const restoreMinutes = (x.dataSizeGb * 1000) / x.restoreMBps / 60;
  let rpo = x.backupIntervalMinutes + x.backupDelayMinutes;
  if (path === 'failover') rpo = x.replication === 'sync' ? 0 : x.replicationLagSeconds / 60;
  const recovery = path === 'failover' ? x.failoverMinutes : restoreMinutes;
  const steps: [string, number][] = [
    ['Detection', x.detectionMinutes],
    ['Decision', x.decisionMinutes],
    [path === 'failover' ? 'Fail over to the replica' : 'Restore from backup', recovery],
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
    phases,
    meetsRpo: rpo <= x.rpoTargetMinutes,
    meetsRto: t <= x.rtoTargetMinutes,
    rpoChanges: rpoChanges(x, path, rpo, advised),
    rtoChanges: rtoChanges(x, path, t, recovery, advised),
    advised,
  };
}
