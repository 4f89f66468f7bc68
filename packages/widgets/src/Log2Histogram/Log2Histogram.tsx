import { useMemo, useState } from 'preact/hooks';
import { ColumnHeads } from '../shared/ColumnHeads';
import { formatPercent } from '../shared/format';
import { MetricReadout } from '../shared/MetricReadout';
import { Notices } from '../shared/Notices';
import { ScrollRegion } from '../shared/ScrollRegion';
import { useUrlState } from '../shared/useUrlState';
import { WidgetFrame } from '../shared/WidgetFrame';
import type { Log2Bucket } from './buckets';
import { log2HistogramView } from './model';
import { SampleControls } from './SampleControls';
import { LOG2_HISTOGRAM_PREFIX, log2HistogramSpec, MAX_LINK_DATA } from './state';

/** "4–7", "0", "below 0" (the bucket's values, inclusive). */
function rangeText(b: Log2Bucket): string {
  if (!Number.isFinite(b.low)) return 'below 0';
  if (b.low === b.high) return b.low.toLocaleString('en-GB');
  return `${b.low.toLocaleString('en-GB')}–${b.high.toLocaleString('en-GB')}`;
}

export interface Log2HistogramProps {
  /** Element id and URL anchor. Default: "log2-histogram". */
  id?: string;
  /** Visible title. Default: "A bpftrace-style log2 histogram". */
  title?: string;
}

/** Latencies bucketed by powers of two and printed exactly like bpftrace's hist(), plus a table. */
export function Log2Histogram({
  id = 'log2-histogram',
  title = 'A bpftrace-style log2 histogram',
}: Log2HistogramProps) {
  const { state, setState, notices, link } = useUrlState(log2HistogramSpec, LOG2_HISTOGRAM_PREFIX, id);
  const [longText, setLongText] = useState<string | null>(null);
  const text = longText ?? state.data;
  const view = useMemo(
    () => log2HistogramView({ ...state, source: state.source as 'sample' | 'paste', text }),
    [state, text],
  );
  const onText = (value: string) => {
    if (value.length <= MAX_LINK_DATA) {
      setLongText(null);
      setState({ data: value });
    } else setLongText(value);
  };
  const linkNotes =
    longText !== null ? ['The pasted numbers are too long for a link; a copied link opens the default sample.'] : [];

  return (
    <WidgetFrame
      id={id}
      title={title}
      intro="bpftrace's hist() counts values into power-of-two buckets inside the kernel and prints them as text. Try a seeded, illustrative latency sample or paste your own numbers."
      notices={notices}
      link={link}
    >
      <SampleControls id={id} state={state} setState={setState} text={text} onText={onText} />
      <Notices errors={view.errors} notices={[...view.notices, ...linkNotes]} />
      <p class="lh-summary">
        <MetricReadout name="lh-total" value={view.total}>
          {view.total.toLocaleString('en-GB')} values
        </MetricReadout>
        {view.mode && (
          <>
            {', most in '}
            <MetricReadout name="lh-mode" value={view.mode.label}>
              {view.mode.label}
            </MetricReadout>
            {` (${view.mode.count.toLocaleString('en-GB')})`}
          </>
        )}
      </p>
      {/* The 79-column text scrolls sideways on phones. */}
      <ScrollRegion class="lh-pre-wrap" label="Histogram as bpftrace prints it">
        <MetricReadout as="pre" class="lh-pre" name="lh-text" value={view.text}>
          {view.text}
        </MetricReadout>
      </ScrollRegion>
      <div class="lh-table-wrap">
        <table class="lh-table">
          <caption>The same buckets as a table</caption>
          <ColumnHeads columns={['Bucket', 'Values', 'Count', 'Share']} />
          <tbody>
            {view.buckets.map((b) => (
              <tr key={b.index}>
                <th scope="row">{b.label}</th>
                <td>{rangeText(b)}</td>
                <MetricReadout as="td" name={`lh-count-${b.index}`} value={b.count}>
                  {b.count.toLocaleString('en-GB')}
                </MetricReadout>
                <td>{formatPercent(view.total > 0 ? b.count / view.total : Number.NaN)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </WidgetFrame>
  );
}
