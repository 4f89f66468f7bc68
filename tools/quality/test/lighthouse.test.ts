import { describe, expect, it } from 'vitest';
import { lighthouseFailures, summarizeLighthouse } from '../src/lighthouse.mjs';

// The shape of a Lighthouse 12 JSON report, cut down to what the gate reads.
const lhr = {
  categories: {
    performance: {
      score: 0.93,
      auditRefs: [
        { id: 'lcp', weight: 25 },
        { id: 'hidden', weight: 0 },
      ],
    },
    accessibility: { score: 1, auditRefs: [{ id: 'contrast', weight: 7 }] },
    seo: { score: null, auditRefs: [] },
  },
  audits: {
    lcp: { title: 'Largest Contentful Paint', score: 0.8 },
    hidden: { title: 'Diagnostics', score: 0 },
    contrast: { title: 'Contrast', score: 1 },
  },
};

describe('summarizeLighthouse', () => {
  it('reads category scores and the weighted audits that lost points', () => {
    expect(summarizeLighthouse('/', lhr)).toEqual({
      page: '/',
      scores: { performance: 0.93, accessibility: 1, seo: null },
      failingAudits: { performance: ['Largest Contentful Paint (80)'], accessibility: [], seo: [] },
    });
  });

  it('explains a report without categories (the page did not load)', () => {
    expect(() => summarizeLighthouse('/x/', { runtimeError: { message: 'NO_FCP' } })).toThrow(/\/x\/.*NO_FCP/);
  });
});

describe('lighthouseFailures', () => {
  it('names the page, category, score and costly audits; treats a missing score as failing', () => {
    const failures = lighthouseFailures([summarizeLighthouse('/', lhr)], {
      performance: 0.95,
      accessibility: 1,
      seo: 1,
      'best-practices': 1,
    });
    expect(failures).toEqual([
      '/: performance 93 < 95 — Largest Contentful Paint (80)',
      '/: seo no score < 100 — no failing audit listed',
      '/: best-practices no score < 100 — no failing audit listed',
    ]);
  });

  it('passes scores at the thresholds', () => {
    const ok = { page: '/', scores: { performance: 0.95, seo: 1 }, failingAudits: {} };
    expect(lighthouseFailures([ok], { performance: 0.95, seo: 1 })).toEqual([]);
  });
});
