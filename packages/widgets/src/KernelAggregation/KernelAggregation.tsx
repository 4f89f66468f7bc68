import './kernel-aggregation.css';
import { formatNumber, formatPercent } from '../shared/format';
import { useUrlState } from '../shared/useUrlState';
import { WidgetFrame } from '../shared/WidgetFrame';
import { compareCost } from './compare';
import { aggregationCost, formatRate, type StrategyCost } from './model';
import { KERNEL_AGGREGATION_PREFIX, kernelAggregationSpec } from './state';

export interface KernelAggregationProps {
  /** Element id and URL anchor. Default: "kernel-aggregation". */
  id?: string;
  /** Visible title. Default: "Why aggregate in the kernel?". */
  title?: string;
}

type Key = keyof typeof kernelAggregationSpec;
const FIELDS: readonly Key[] = ['rate', 'eventBytes', 'copyNs', 'countNs', 'keys', 'entryBytes', 'interval', 'cores'];

interface RowProps {
  /** Row heading. */
  label: string;
  /** Metric suffix: the cells carry data-metric "ka-export-<id>" and "ka-map-<id>". */
  id: string;
  /** Value when every event is exported. */
  a: number;
  /** Value when events are counted in a map. */
  b: number;
  /** Formats a value for display. */
  fmt: (v: number) => string;
}

/** One row of the comparison table. */
function Row({ label, id, a, b, fmt }: RowProps) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td data-metric={`ka-export-${id}`} data-value={String(a)}>
        {fmt(a)}
      </td>
      <td data-metric={`ka-map-${id}`} data-value={String(b)}>
        {fmt(b)}
      </td>
    </tr>
  );
}

/** Calculator: bytes per second and CPU share when every event is exported versus counted in a map. */
export function KernelAggregation({
  id = 'kernel-aggregation',
  title = 'Why aggregate in the kernel?',
}: KernelAggregationProps) {
  const { state, setState, notices, link } = useUrlState(kernelAggregationSpec, KERNEL_AGGREGATION_PREFIX, id);
  const r = aggregationCost(state);
  const e: StrategyCost = r.exportEvery;
  const m: StrategyCost = r.countInKernel;
  const bytes = compareCost(e.bytesPerSecond, m.bytesPerSecond, { noun: 'bytes', less: 'fewer' });
  const cpu = compareCost(e.coresBusy, m.coresBusy, { noun: 'CPU', less: 'less' });
  return (
    <WidgetFrame
      id={id}
      title={title}
      intro="Exporting every event copies it to user space; counting in an eBPF map copies only the map, once per read. Enter your own rates and costs."
      notices={notices}
      link={link}
    >
      <p class="ka-assumption">
        The default numbers are illustrative assumptions, not measurements. Replace the costs with figures measured on
        your own machines.
      </p>
      <div class="ka-fields">
        {FIELDS.map((key) => {
          const spec = kernelAggregationSpec[key];
          return (
            <label key={key} for={`${id}-${key}`}>
              {spec.label}
              <input
                id={`${id}-${key}`}
                type="number"
                min={spec.min}
                max={spec.max}
                step={'integer' in spec ? 1 : 'any'}
                value={state[key]}
                onInput={(ev) => {
                  const v = ev.currentTarget.valueAsNumber;
                  if (Number.isFinite(v) && v >= spec.min && v <= spec.max) setState({ [key]: v });
                }}
              />
            </label>
          );
        })}
      </div>
      <table class="ka-table">
        <caption>Overhead per second</caption>
        <thead>
          <tr>
            <th scope="col">Per second</th>
            <th scope="col">Export every event</th>
            <th scope="col">Count in a kernel map</th>
          </tr>
        </thead>
        <tbody>
          <Row label="Bytes to user space" id="bytes" a={e.bytesPerSecond} b={m.bytesPerSecond} fmt={formatRate} />
          <Row label="CPU cores kept busy" id="cores" a={e.coresBusy} b={m.coresBusy} fmt={(v) => formatNumber(v, 3)} />
          <Row
            label="Share of the machine's CPU"
            id="share"
            a={e.cpuShare}
            b={m.cpuShare}
            fmt={(v) => formatPercent(v, 2)}
          />
        </tbody>
      </table>
      <p class="ka-verdict">
        Counting in the kernel ships{' '}
        <strong data-metric="ka-bytes-factor" data-value={String(r.bytesFactor)} data-direction={bytes.direction}>
          {bytes.phrase}
        </strong>{' '}
        and uses{' '}
        <strong data-metric="ka-cpu-factor" data-value={String(r.cpuFactor)} data-direction={cpu.direction}>
          {cpu.phrase}
        </strong>{' '}
        under these assumptions
        {bytes.direction === 'more' ? ' (with this many keys read this often, the map ships more)' : ''}.
        {e.cpuShare > 1 && ' Exporting every event would need more CPU than the machine has: events would be dropped.'}
      </p>
    </WidgetFrame>
  );
}
