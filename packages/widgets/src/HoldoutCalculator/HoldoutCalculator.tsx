import { useMemo, useState } from 'preact/hooks';
import { formatPercent } from '../shared/format';
import { MetricReadout } from '../shared/MetricReadout';
import { Notices } from '../shared/Notices';
import { useUrlState } from '../shared/useUrlState';
import { WidgetFrame } from '../shared/WidgetFrame';
import { DesignChoice } from './DesignChoice';
import { HoldoutField } from './HoldoutField';
import { HoldoutResults } from './HoldoutResults';
import { holdoutInputs, parseTypedValue } from './input';
import { holdoutPlan } from './model';
import { PowerSelect } from './PowerSelect';
import { HOLDOUT_PREFIX, type HoldoutNumberKey, type HoldoutState, holdoutSpec } from './state';

export interface HoldoutCalculatorProps {
  /** Element id and URL anchor. Default: "holdout-calculator". */
  id?: string;
  /** Visible title. Default: "Holdout calculator: let some fraudsters through". */
  title?: string;
  /** Currency symbol shown with costs. Default: "€". */
  currency?: string;
}

/** The number fields, in the order shown. */
const FIELDS = ['traffic', 'fraud', 'recall', 'precision', 'holdout', 'cost', 'margin', 'drop'] as const;

/** Shown when the drop asked for is at least the precision: the days are for a fall to 0. */
function DropWarning({ state }: { state: HoldoutState }) {
  return (
    <MetricReadout as="p" role="alert" class="cn-notice" name="ho-drop-warning" value={1}>
      The drop asked for ({formatPercent(state.drop)} points) is at least the precision itself (
      {formatPercent(state.precision)}): precision cannot fall below 0, so the days below are for a fall to 0.
    </MetricReadout>
  );
}

/** Cost of a holdout (suspected fraud let through) versus how fast it measures precision and recall. */
export function HoldoutCalculator({
  id = 'holdout-calculator',
  title = 'Holdout calculator: let some fraudsters through',
  currency = '€',
}: HoldoutCalculatorProps) {
  const { state, setState, notices, link } = useUrlState(holdoutSpec, HOLDOUT_PREFIX, id);
  const [inputNotice, setInputNotice] = useState<string | null>(null);
  const result = useMemo(() => holdoutPlan(holdoutInputs(state)), [state]);
  const change = (name: HoldoutNumberKey, raw: string) => {
    const typed = parseTypedValue(name, raw);
    setInputNotice(typed.notice);
    if (typed.value !== undefined) setState({ [name]: typed.value } as Partial<HoldoutState>);
  };
  return (
    <WidgetFrame
      id={id}
      title={title}
      intro="Letting a small share of suspected fraud through costs money every day, but it is the only way to keep measuring what the model really does. Set your numbers and see both sides."
      notices={notices}
      link={link}
    >
      <div class="ho-grid">
        <DesignChoice id={id} design={state.design} onChange={(design) => setState({ design })} />
        {FIELDS.map((name) => (
          <HoldoutField key={name} id={id} name={name} value={state[name]} onChange={change} />
        ))}
        <PowerSelect id={id} power={state.power} onChange={(power) => setState({ power })} />
      </div>
      <Notices notices={inputNotice ? [inputNotice] : []} />
      {result.dropExceedsPrecision && <DropWarning state={state} />}
      <HoldoutResults state={state} result={result} currency={currency} />
      <p class="ho-note">
        Assumptions: labels for let-through cases arrive eventually (chargebacks can take weeks: add that delay); the
        drop is "detected" when a one-sided two-proportion z-test (α = 0.05) on two equal windows, before and after,
        rejects "no drop"; the windows are sized so that this happens with the chosen chance (normal approximation, as
        R's power.prop.test).
      </p>
    </WidgetFrame>
  );
}
