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
      <p
        class="cn-qi-summary"
        aria-live="polite"
        data-metric="grease-verdict"
        data-value={r.reserved ? 'reserved' : 'not-reserved'}
      >
        {String(value)} ({toHex(value)}) is <strong>{verdict}</strong>
        {r.n !== null && (
          <>
            : N ={' '}
            <span data-metric="grease-n" data-value={String(r.n)}>
              {String(r.n)}
            </span>
          </>
        )}
        .
      </p>
      <dl class="cn-qi-facts">
        <dt>Check</dt>
        <dd>
          {value < GREASE_BASE
            ? `${toHex(value)} is below 0x21, the first reserved value.`
            : `(${toHex(value)} − 0x21) mod 0x1f = ${String((value - GREASE_BASE) % GREASE_STEP)}`}
        </dd>
        <dt>Reserved value below</dt>
        <dd data-metric="grease-previous" data-value={r.previous === null ? '' : String(r.previous)}>
          {r.previous === null ? 'none' : `${String(r.previous)} (${toHex(r.previous)})`}
        </dd>
        <dt>Reserved value above</dt>
        <dd data-metric="grease-next" data-value={r.next === null ? '' : String(r.next)}>
          {r.next === null ? 'none below 2^62' : `${String(r.next)} (${toHex(r.next)})`}
        </dd>
      </dl>
    </>
  );
}
