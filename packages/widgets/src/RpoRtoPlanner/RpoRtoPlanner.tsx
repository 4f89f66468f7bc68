import { useMemo } from 'preact/hooks';
import { MetricReadout, MetricTerm } from '../shared/MetricReadout';
import { NumberField } from '../shared/NumberField';
import { useUrlState } from '../shared/useUrlState';
import { WidgetFrame } from '../shared/WidgetFrame';
import { minutesText, recoveryPlan } from './model';
import { RR_PREFIX, type RrState, recoveryInput, rrSpec } from './state';
import { Timeline } from './Timeline';

export interface RpoRtoPlannerProps {
  /** Element id and URL anchor. Default: "rpo-rto-planner". */
  id?: string;
  /** Visible title. Default: "RPO/RTO planner". */
  title?: string;
}

type NumberKey = { [K in keyof RrState]: RrState[K] extends number ? K : never }[keyof RrState];
const FIELDS: [NumberKey, string, string, number][] = [
  ['backupH', 'Backup every', 'h', 0.5],
  ['backupDelay', 'Backup usable after', 'min', 1],
  ['lagS', 'Replication lag', 's', 1],
  ['sizeGb', 'Data size', 'GB', 100],
  ['mbps', 'Restore throughput', 'MB/s', 10],
  ['detect', 'Detection time (for corruption: until it is noticed)', 'min', 1],
  ['retentionD', 'Backups kept for', 'days', 1],
  ['replay', 'Log replay per hour of logs', 'min', 1],
  ['decide', 'Decision time', 'min', 1],
  ['failover', 'Failover time', 'min', 1],
  ['verify', 'Verification time', 'min', 1],
  ['rpo', 'RPO target', 'min', 1],
  ['rto', 'RTO target', 'min', 1],
];

/** Worst-case data loss and restore time of a backup/replication design, against targets. */
export function RpoRtoPlanner({ id = 'rpo-rto-planner', title = 'RPO/RTO planner' }: RpoRtoPlannerProps) {
  const { state, setState, notices, link } = useUrlState(rrSpec, RR_PREFIX, id);
  const plan = useMemo(() => recoveryPlan(recoveryInput(state)), [state]);
  const select = <K extends 'repl' | 'disaster' | 'pitr'>(key: K, label: string, options: [RrState[K], string][]) => (
    <div class="cn-field">
      <label for={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        value={state[key]}
        onChange={(e) => setState({ [key]: (e.currentTarget as HTMLSelectElement).value } as Partial<RrState>)}
      >
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <WidgetFrame
      id={id}
      title={title}
      intro="Enter how you back up, replicate and restore; see the data you would lose and the time to recover, against your targets."
      notices={notices}
      link={link}
    >
      <div class="cn-fields">
        {select('disaster', 'Disaster', [
          ['site-loss', 'Primary site lost'],
          ['corruption', 'Data corrupted (bad delete, replicated too)'],
        ])}
        {select('repl', 'Replication', [
          ['none', 'None (backups only)'],
          ['async', 'Asynchronous replica'],
          ['sync', 'Synchronous replica'],
        ])}
        {select('pitr', 'Point-in-time recovery (for corruption)', [
          ['none', 'None: restore the last clean backup'],
          ['logs', 'Archived logs: replay up to just before the corruption'],
        ])}
        {FIELDS.map(([key, label, unit, step]) => (
          <NumberField
            key={key}
            id={`${id}-${key}`}
            label={label}
            unit={unit}
            value={state[key]}
            min={rrSpec[key].min}
            max={rrSpec[key].max}
            step={step}
            onChange={(v) => setState({ [key]: v } as Partial<RrState>)}
          />
        ))}
      </div>
      <dl class="cn-results">
        <MetricTerm
          grouped
          label="Worst-case data loss (RPO achieved)"
          name="rr-rpo"
          value={plan.rpoMinutes}
          class={plan.meetsRpo ? 'cn-ok' : 'cn-bad'}
        >
          {plan.noCleanBackup
            ? `no clean backup left ✗ misses the ${minutesText(state.rpo)} target`
            : `${minutesText(plan.rpoMinutes)} ${plan.meetsRpo ? '✓ meets' : '✗ misses'} the ${minutesText(state.rpo)} target`}
        </MetricTerm>
        <MetricTerm
          grouped
          label="Time to restore (RTO achieved)"
          name="rr-rto"
          value={plan.rtoMinutes}
          class={plan.meetsRto ? 'cn-ok' : 'cn-bad'}
        >
          {minutesText(plan.rtoMinutes)} {plan.meetsRto ? '✓ meets' : '✗ misses'} the {minutesText(state.rto)} target
        </MetricTerm>
        <MetricTerm grouped label="Recovery path" name="rr-path" value={plan.path}>
          {plan.path === 'failover'
            ? 'fail over to the replica'
            : `restore the backup (${minutesText(plan.restoreMinutes)})`}
        </MetricTerm>
      </dl>
      {state.disaster === 'corruption' && (
        <p class="cn-field-unit">
          Corruption is copied to replicas and to every backup taken after it: the last clean backup can predate it by a
          whole backup interval, and the writes made until it is noticed are lost too (with archived logs, only those).
        </p>
      )}
      <Timeline plan={plan} rpoTarget={state.rpo} rtoTarget={state.rto} />
      <h4>What would have to change</h4>
      <MetricReadout as="ul" name="rr-changes" value={plan.rpoChanges.length + plan.rtoChanges.length}>
        {plan.rpoChanges.map((c) => (
          <li key={c}>RPO: {c}</li>
        ))}
        {plan.rtoChanges.map((c) => (
          <li key={c}>RTO: {c}</li>
        ))}
        {plan.meetsRpo && plan.meetsRto && <li>Nothing: both targets are met. Rehearse the restore to prove it.</li>}
      </MetricReadout>
    </WidgetFrame>
  );
}
