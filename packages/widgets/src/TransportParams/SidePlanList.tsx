import { MetricReadout } from '../shared/MetricReadout';
import type { SidePlan } from './model';

export interface SidePlanListProps {
  /** One side's planned uni streams and whether each opens. */
  plan: SidePlan;
}

/** The uni streams one side tries to open, each marked "opens" or "blocked" in words. */
export function SidePlanList({ plan }: SidePlanListProps) {
  const who = plan.side === 'client' ? 'Client' : 'Server';
  const opened = plan.streams.filter((s) => s.opens).length;
  return (
    <div class="cn-tp-side">
      <h4>
        {who} opens{' '}
        <MetricReadout name={`tp-${plan.side}-open`} value={opened}>
          {opened}
        </MetricReadout>{' '}
        of 4
      </h4>
      <p class="cn-tp-note">
        Allowed {plan.allowed}; {plan.meetsRfc ? 'meets' : 'below'} the minimum of 3.
      </p>
      <ul>
        {plan.streams.map((s) => (
          <li key={s.kind} class={s.opens ? 'cn-tp-open' : 'cn-tp-blocked'}>
            <span aria-hidden="true">{s.opens ? '✓' : '✗'}</span> {s.label} (stream {s.id}):{' '}
            <strong>{s.opens ? 'opens' : 'blocked'}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
