import { formatDuration } from '../shared/format';

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
}

const round = (x: number) => Number(x.toPrecision(3));
/** Minutes → a short human value ("50 min", "3 h 32 min"); never prints NaN. */
export function minutesText(m: number): string {
  return formatDuration(m * 60);
}

function rpoChanges(x: RecoveryInput, path: RecoveryResult['path'], rpo: number): string[] {
  if (rpo <= x.rpoTargetMinutes) return [];
  const target = x.rpoTargetMinutes;
  if (path === 'failover') {
    return [
      `Keep the replication lag under ${minutesText(target)} (now ${minutesText(rpo)}), or replicate synchronously.`,
    ];
  }
  const out: string[] = [];
  const interval = target - x.backupDelayMinutes;
  if (interval > 0) {
    out.push(`Back up at least every ${minutesText(interval)} (now every ${minutesText(x.backupIntervalMinutes)}).`);
  } else {
    out.push(
      `A backup takes ${minutesText(x.backupDelayMinutes)} to become usable, more than the ${minutesText(target)} target: make backups usable sooner.`,
    );
  }
  if (x.disaster === 'corruption') {
    out.push('Replicas copy corruption at once: add point-in-time recovery (continuous log archiving) to lose less.');
  } else if (x.replication === 'none') {
    out.push(`Or replicate to a second site with a lag under ${minutesText(target)}.`);
  }
  return out;
}

function rtoChanges(x: RecoveryInput, path: RecoveryResult['path'], rto: number, recovery: number): string[] {
  if (rto <= x.rtoTargetMinutes) return [];
  const fixed = x.detectionMinutes + x.decisionMinutes + x.verificationMinutes;
  const room = x.rtoTargetMinutes - fixed;
  if (room <= 0) {
    return [
      `Detection, decision and verification alone take ${minutesText(fixed)}, more than the ${minutesText(x.rtoTargetMinutes)} target: automate detection and pre-approve the decision.`,
    ];
  }
  if (path === 'failover') {
    return [`Fail over in at most ${minutesText(room)} (now ${minutesText(recovery)}): automate the promotion.`];
  }
  const needed = (x.dataSizeGb * 1000) / (room * 60);
  const out = [`Restore at ${round(needed)} MB/s or more (now ${x.restoreMBps} MB/s), or restore less data first.`];
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
    rpoChanges: rpoChanges(x, path, rpo),
    rtoChanges: rtoChanges(x, path, t, recovery),
  };
}
