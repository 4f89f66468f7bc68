import { formatDuration, formatNumber, formatPercent } from '../shared/format';
import { NumberField } from '../shared/NumberField';
import { TableWrap } from '../shared/TableWrap';
import { WORKBOOK_BUDGET_SHARES } from './model';
import type { SloPlan, SloState } from './plan';

export interface AlertRulesProps {
  /** Id prefix of the widget. */
  id: string;
  /** The planner state (windows and burn rates of the three alerts). */
  state: SloState;
  /** Applies a patch to the planner state. */
  setState: (patch: Partial<SloState>) => void;
  /** The computed plan. */
  plan: SloPlan;
}

const KEYS = [
  ['a1l', 'a1s', 'a1b'],
  ['a2l', 'a2s', 'a2b'],
  ['a3l', 'a3s', 'a3b'],
] as const;

/** The multi-window, multi-burn-rate alert policy: editable rules and what each one means. */
export function AlertRules({ id, state, setState, plan }: AlertRulesProps) {
  return (
    <>
      <h4>Burn-rate alerts</h4>
      <p>
        Each alert fires while both its long and its short window burn the budget faster than its rate (strictly
        greater, as in the SRE Workbook's rules). Defaults: the Workbook's policy, which lets 2%, 5% and 10% of the
        budget burn in 1 h, 6 h and 3 d (windows 1 h/5 min, 6 h/30 min, 3 d/6 h). Its 14.4×, 6× and 1× are for a 30-day
        window; for another window the rate is scaled by the Workbook's formula, burn rate = budget share × SLO window /
        long window: here{' '}
        <span data-metric="slo-default-burns" data-value={plan.rules.map((r) => r.burnRate).join(',')}>
          {WORKBOOK_BUDGET_SHARES.map(
            (share, i) => `${formatPercent(share, 0)} → ${formatNumber(plan.rules[i]?.burnRate ?? Number.NaN, 4)}×`,
          ).join(', ')}
        </span>{' '}
        until you change a rate.
      </p>
      <button type="button" class="cn-button" onClick={() => setState({ a1b: 0, a2b: 0, a3b: 0 })}>
        Use the Workbook's rates for this window
      </button>
      <div class="cn-fields">
        {KEYS.map(([l, s, b], i) => (
          <fieldset class="cn-fieldset" key={l}>
            <legend>
              Alert {i + 1} ({plan.rules[i]?.severity})
            </legend>
            <NumberField
              id={`${id}-${l}`}
              label="Long window"
              unit="min"
              value={state[l]}
              min={1}
              max={43_200}
              step={1}
              onChange={(v) => setState({ [l]: v })}
            />
            <NumberField
              id={`${id}-${s}`}
              label="Short window"
              unit="min"
              value={state[s]}
              min={1}
              max={43_200}
              step={1}
              onChange={(v) => setState({ [s]: v })}
            />
            <NumberField
              id={`${id}-${b}`}
              label="Burn rate"
              unit="×"
              value={plan.rules[i]?.burnRate ?? state[b]}
              min={0.1}
              max={1000}
              step={0.1}
              onChange={(v) => setState({ [b]: v })}
            />
          </fieldset>
        ))}
      </div>
      <TableWrap label="Alert policy table">
        <table>
          <caption class="sr-only">What each alert means for this SLO</caption>
          <thead>
            <tr>
              <th scope="col">Alert</th>
              <th scope="col">Windows</th>
              <th scope="col">Fires at error rate</th>
              <th scope="col">Budget spent when it fires</th>
              <th scope="col">Fires after (total outage)</th>
              <th scope="col">Reset time (after a total outage ends)</th>
            </tr>
          </thead>
          <tbody>
            {plan.summaries.map((x, i) => {
              const rule = plan.rules[i];
              if (!rule) return null;
              return (
                <tr key={String(i)}>
                  <th scope="row">
                    {i + 1} · {rule.burnRate}× · {rule.severity}
                  </th>
                  <td>
                    {formatDuration(rule.longMinutes * 60)} / {formatDuration(rule.shortMinutes * 60)}
                  </td>
                  <td data-metric={`slo-alert-${i + 1}-threshold`} data-value={String(x.thresholdErrorRate)}>
                    {x.canFire ? `> ${formatPercent(x.thresholdErrorRate, 3)}` : 'never (100% or more)'}
                  </td>
                  <td data-metric={`slo-alert-${i + 1}-spent`} data-value={String(x.budgetSpentAtFire)}>
                    {formatPercent(x.budgetSpentAtFire, 2)}
                  </td>
                  <td
                    data-metric={`slo-alert-${i + 1}-detect`}
                    data-value={x.canFire ? String(x.detectionMinutesAtFullOutage * 60) : ''}
                  >
                    {x.canFire ? formatDuration(x.detectionMinutesAtFullOutage * 60) : 'never'}
                  </td>
                  <td
                    data-metric={`slo-alert-${i + 1}-reset`}
                    data-value={x.canFire ? String(x.resetMinutesAtFullOutage * 60) : ''}
                  >
                    {x.canFire ? formatDuration(x.resetMinutesAtFullOutage * 60) : '—'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
      <p class="cn-field-unit">
        "Budget spent" assumes a burn at exactly the alert's rate for its whole long window (
        {formatNumber(plan.budget.windowMinutes / 60, 4)} h window).
      </p>
    </>
  );
}
