import { formatNumber } from '../shared/format';
import { MetricReadout } from '../shared/MetricReadout';
import { AlertPolicyTable } from './AlertPolicyTable';
import { type AlertKeys, AlertRuleFields } from './AlertRuleFields';
import { burnRatesValue, defaultBurnsText } from './alert-readout';
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

const KEYS: readonly AlertKeys[] = [
  ['a1l', 'a1s', 'a1b'],
  ['a2l', 'a2s', 'a2b'],
  ['a3l', 'a3s', 'a3b'],
];

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
        <MetricReadout name="slo-default-burns" value={burnRatesValue(plan.rules)}>
          {defaultBurnsText(plan.rules)}
        </MetricReadout>{' '}
        until you change a rate.
      </p>
      <button type="button" class="cn-button" onClick={() => setState({ a1b: 0, a2b: 0, a3b: 0 })}>
        Use the Workbook's rates for this window
      </button>
      <div class="cn-fields">
        {KEYS.map((keys, i) => (
          <AlertRuleFields
            key={keys[0]}
            id={id}
            n={i + 1}
            keys={keys}
            state={state}
            setState={setState}
            rule={plan.rules[i]}
          />
        ))}
      </div>
      <AlertPolicyTable rules={plan.rules} summaries={plan.summaries} />
      <p class="cn-field-unit">
        "Budget spent" assumes a burn at exactly the alert's rate for its whole long window (
        {formatNumber(plan.budget.windowMinutes / 60, 4)} h window).
      </p>
    </>
  );
}
