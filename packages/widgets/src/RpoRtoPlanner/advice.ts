import { formatDuration, formatNumber } from '../shared/format';
import { durationAtLeast, durationAtMost, significantAtLeast } from '../shared/safe-rounding';
import { type AdvisedValues, minutesText, type RecoveryInput, type RecoveryResult, replayMinutes } from './model';

/** What would have to change to meet the targets; every number rounded so that, applied, it meets its target. */

/** A limit in minutes rounded down to what `minutesText` prints exactly (advice "at most …"). */
const minutesAtMost = (m: number) => durationAtMost(m * 60) / 60;

/** Changes that would meet the RPO target (empty when it is met). */
export function rpoChanges(
  x: RecoveryInput,
  path: RecoveryResult['path'],
  rpo: number,
  noCleanBackup: boolean,
  advised: AdvisedValues,
): string[] {
  if (rpo <= x.rpoTargetMinutes) return [];
  if (x.disaster === 'corruption') return corruptionChanges(x, noCleanBackup, advised);
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
  if (x.replication === 'none') {
    out.push(`Or replicate to a second site with a lag at or under ${formatDuration(lagSeconds)}.`);
  }
  return out;
}

/** Changes that would meet the RTO target (empty when it is met). */
export function rtoChanges(
  x: RecoveryInput,
  path: RecoveryResult['path'],
  rto: number,
  recovery: number,
  advised: AdvisedValues,
): string[] {
  if (rto <= x.rtoTargetMinutes) return [];
  const replay = replayMinutes(x);
  const fixed = x.detectionMinutes + x.decisionMinutes + x.verificationMinutes + replay;
  const room = x.rtoTargetMinutes - fixed;
  if (room <= 0) {
    return [
      `Detection, decision${replay > 0 ? ', log replay' : ''} and verification alone take ${minutesText(fixed)}, more than the ${minutesText(x.rtoTargetMinutes)} target: automate detection and pre-approve the decision.`,
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

/** Corruption: keep a clean backup long enough, lose only the detection delay, detect sooner. */
function corruptionChanges(x: RecoveryInput, noCleanBackup: boolean, advised: AdvisedValues): string[] {
  const target = x.rpoTargetMinutes;
  const out: string[] = [];
  if (noCleanBackup) {
    advised.backupRetentionDays = durationAtLeast((x.backupIntervalMinutes + x.detectionMinutes) * 60) / 86_400;
    out.push(
      `No clean backup is left: it is up to ${minutesText(x.backupIntervalMinutes + x.detectionMinutes)} old when the corruption is noticed. Keep backups for at least ${minutesText(advised.backupRetentionDays * 1440)} (now ${minutesText(x.backupRetentionDays * 1440)}), or detect corruption sooner.`,
    );
    return out;
  }
  if (!x.pointInTimeRecovery) {
    const interval = minutesAtMost(target - x.detectionMinutes);
    if (interval > 0) {
      advised.backupIntervalMinutes = interval;
      out.push(
        `Back up every ${minutesText(interval)} or more often (now every ${minutesText(x.backupIntervalMinutes)}): the writes made before the corruption was noticed (${minutesText(x.detectionMinutes)}) are lost as well.`,
      );
    }
    out.push(
      `Or add point-in-time recovery (archived logs): only the ${minutesText(x.detectionMinutes)} of writes after the corruption would be lost.`,
    );
  }
  const detection = minutesAtMost(target);
  if (x.detectionMinutes > target && detection > 0) {
    if (x.pointInTimeRecovery) advised.detectionMinutes = detection;
    out.push(
      `Notice corruption within ${minutesText(detection)} (now ${minutesText(x.detectionMinutes)}): check data integrity more often.`,
    );
  }
  return out;
}
