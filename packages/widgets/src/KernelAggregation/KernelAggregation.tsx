import { ColumnHeads } from '../shared/ColumnHeads';
import { formatNumber, formatPercent } from '../shared/format';
import { MetricReadout } from '../shared/MetricReadout';
import { NumberField } from '../shared/NumberField';
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
  /** Metric suffix: the cells are the readouts "ka-export-<id>" and "ka-map-<id>". */
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
      <MetricReadout as="td" name={`ka-export-${id}`} value={a}>
        {fmt(a)}
      </MetricReadout>
      <MetricReadout as="td" name={`ka-map-${id}`} value={b}>
        {fmt(b)}
      </MetricReadout>
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
            <NumberField
              key={key}
              id={`${id}-${key}`}
              label={spec.label}
              value={state[key]}
              min={spec.min}
              max={spec.max}
              {...('integer' in spec ? { step: 1 } : {})}
              onChange={(v) => setState({ [key]: v })}
            />
          );
        })}
      </div>
      <table class="ka-table">
        <caption>Overhead per second</caption>
        <ColumnHeads columns={['Per second', 'Export every event', 'Count in a kernel map']} />
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
        <MetricReadout as="strong" name="ka-bytes-factor" value={r.bytesFactor} data-direction={bytes.direction}>
          {bytes.phrase}
        </MetricReadout>{' '}
        and uses{' '}
        <MetricReadout as="strong" name="ka-cpu-factor" value={r.cpuFactor} data-direction={cpu.direction}>
          {cpu.phrase}
        </MetricReadout>{' '}
        under these assumptions
        {bytes.direction === 'more' ? ' (with this many keys read this often, the map ships more)' : ''}.
        {e.cpuShare > 1 && ' Exporting every event would need more CPU than the machine has: events would be dropped.'}
      </p>
    </WidgetFrame>
  );
}
