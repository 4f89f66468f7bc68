import { MetricReadout, MetricTerm } from '../shared/MetricReadout';
import { GREASE_BASE, GREASE_STEP, greaseCheck, toHex } from './model';

export interface GreaseResultViewProps {
  /** The identifier to check (0 ≤ value ≤ 2^62 − 1). */
  value: bigint;
}

/** The verdict for one identifier, with the arithmetic that proves it. */
export function GreaseResultView({ value }: GreaseResultViewProps) {
  const r = greaseCheck(value);
  const verdict = r.reserved ? 'reserved (GREASE)' : 'not reserved';
  return (
    <>
      <MetricReadout
        as="p"
        class="cn-qi-summary"
        aria-live="polite"
        name="grease-verdict"
        value={r.reserved ? 'reserved' : 'not-reserved'}
      >
        {String(value)} ({toHex(value)}) is <strong>{verdict}</strong>
        {r.n !== null && (
          <>
            : N ={' '}
            <MetricReadout name="grease-n" value={r.n}>
              {String(r.n)}
            </MetricReadout>
          </>
        )}
        .
      </MetricReadout>
      <dl class="cn-qi-facts">
        <dt>Check</dt>
        <dd>
          {value < GREASE_BASE
            ? `${toHex(value)} is below 0x21, the first reserved value.`
            : `(${toHex(value)} − 0x21) mod 0x1f = ${String((value - GREASE_BASE) % GREASE_STEP)}`}
        </dd>
        <MetricTerm label="Reserved value below" name="grease-previous" value={r.previous}>
          {r.previous === null ? 'none' : `${String(r.previous)} (${toHex(r.previous)})`}
        </MetricTerm>
        <MetricTerm label="Reserved value above" name="grease-next" value={r.next}>
          {r.next === null ? 'none below 2^62' : `${String(r.next)} (${toHex(r.next)})`}
        </MetricTerm>
      </dl>
    </>
  );
}
