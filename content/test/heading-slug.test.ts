import { describe, expect, it } from 'vitest';
import { headingSlug } from '../check/heading-slug.mjs';

describe('headingSlug', () => {
  it.each([
    ['SLI vs SLO vs SLA', 'sli-vs-slo-vs-sla'],
    ['Prio 1: outputs', 'prio-1-outputs'],
    ['Kolmogorov–Smirnov statistic', 'kolmogorovsmirnov-statistic'],
    ['Application mapping: HTTP/3', 'application-mapping-http3'],
    ['0-RTT and replay', '0-rtt-and-replay'],
    ['Do I need a tool for MLOps monitoring?', 'do-i-need-a-tool-for-mlops-monitoring'],
  ])('slugs "%s" as "%s" (github-slugger rules)', (text, slug) => {
    expect(headingSlug(text)).toBe(slug);
  });

  it('numbers repeated headings', () => {
    const seen = new Map<string, number>();
    expect([headingSlug('Example', seen), headingSlug('Example', seen), headingSlug('Example', seen)]).toEqual([
      'example',
      'example-1',
      'example-2',
    ]);
  });
});
