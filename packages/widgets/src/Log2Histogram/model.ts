import { type Log2Bucket, log2Histogram } from './buckets';
import { parseSample } from './parse-sample';
import { renderHist } from './render';
import { seededLatencies } from './sample';

/** Inputs of the widget, as the URL holds them. */
export interface Log2HistogramInput {
  source: 'sample' | 'paste';
  seed: number;
  n: number;
  median: number;
  sigma: number;
  /** Pasted text (used when source is "paste"). */
  text: string;
}

export interface Log2HistogramView {
  buckets: Log2Bucket[];
  /** bpftrace-style text. */
  text: string;
  total: number;
  /** Bucket with the most values (first on ties), or null when empty. */
  mode: Log2Bucket | null;
  errors: string[];
  notices: string[];
}

/** State → histogram, text and messages (pure). */
export function log2HistogramView(input: Log2HistogramInput): Log2HistogramView {
  let values: number[];
  let errors: string[] = [];
  let notices: string[] = [];
  if (input.source === 'paste') {
    ({ values, errors, notices } = parseSample(input.text));
    if (values.length === 0 && errors.length === 0)
      errors.push('Paste at least one number (for example latencies in µs).');
  } else {
    values = seededLatencies({ seed: input.seed, n: input.n, medianUs: input.median, sigma: input.sigma });
  }
  const buckets = log2Histogram(values);
  const mode = buckets.reduce<Log2Bucket | null>((best, b) => (!best || b.count > best.count ? b : best), null);
  return { buckets, text: renderHist(buckets), total: values.length, mode, errors, notices };
}
