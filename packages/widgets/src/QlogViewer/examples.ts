import { parseQlog } from './parse';
import type { ParseResult } from './types';
import { type ViewerData, viewerData } from './views';

/** Ids of the bundled example traces (the `qv.example` URL values). */
export const EXAMPLE_IDS = ['good', 'close', 'stall'] as const;
export type ExampleId = (typeof EXAMPLE_IDS)[number];

/** Menu labels; every example is a hand-written, illustrative reconstruction. */
export const EXAMPLE_LABELS: Record<ExampleId, string> = {
  good: 'Good exchange (client + server traces)',
  close: 'Server closes with 0xFF (server trace)',
  stall: 'Silent stall at an edge (client trace)',
};

const FILES: Record<ExampleId, string> = {
  good: 'good.qlog',
  close: 'close-0xff.sqlog',
  stall: 'stall.sqlog',
};

const texts = import.meta.glob<string>('../../examples/qlog/*.{qlog,sqlog}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The example's file text (bundled at build time). */
export function exampleText(id: ExampleId): string {
  return texts[`../../examples/qlog/${FILES[id]}`] ?? '';
}

/** The example's file name, shown as its source. */
export function exampleFile(id: ExampleId): string {
  return FILES[id];
}

/** Parses a bundled example (small: synchronous, also at build time for the static HTML). */
export function loadExample(id: ExampleId): ParseResult {
  return parseQlog(exampleText(id), FILES[id]);
}

/** What the viewer draws for a bundled example. */
export function exampleData(id: ExampleId): ViewerData {
  return viewerData(loadExample(id));
}
