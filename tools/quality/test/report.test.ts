import { describe, expect, it } from 'vitest';
import { axeResults, formatReport } from '../src/report.mjs';

describe('axeResults', () => {
  it('reads passed and failed axe tests per page and theme from a Playwright JSON report', () => {
    const report = {
      suites: [
        {
          title: 'pages.spec.ts',
          specs: [],
          suites: [
            {
              title: 'dark theme',
              specs: [
                {
                  title: '/ has no axe violations and no console errors',
                  tests: [{ results: [{ status: 'passed' }] }],
                },
                {
                  title: '/glossary/ has no axe violations and no console errors',
                  tests: [
                    {
                      results: [
                        {
                          status: 'failed',
                          error: {
                            message:
                              'axe violations on /glossary/\n+ Array [\n+   "color-contrast (serious)",\n+   "label (critical)",\n+ ]',
                          },
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          title: 'gate-widgets.spec.ts',
          specs: [
            { title: '/x/: every widget hydrates, works by keyboard', tests: [{ results: [{ status: 'passed' }] }] },
            {
              title: '/y/: every widget hydrates, works by keyboard',
              tests: [{ results: [{ status: 'failed', error: { message: 'keyboard walk of X' } }] }],
            },
          ],
        },
      ],
    };
    const result = axeResults(report);
    expect(result.get('/')).toEqual({ 'dark theme': 0 });
    expect(result.get('/glossary/')).toEqual({ 'dark theme': 2 });
    expect(result.get('/x/')).toEqual({ widgets: 0 });
    expect(result.get('/y/')).toEqual({ widgets: -1 });
  });
});

describe('formatReport', () => {
  it('renders one row per page with KB to one decimal and dashes for missing data', () => {
    const md = formatReport(
      [
        {
          page: '/',
          jsGzipBytes: 4608,
          budgetBytes: 15360,
          islands: [{ name: 'DriftLab', gzipBytes: 10240 }],
          htmlGzipBytes: 2048,
          lighthouse: { performance: 0.99, accessibility: 1, 'best-practices': 1, seo: 1 },
          axe: null,
        },
      ],
      { generatedAt: 'now', notes: ['n'], bench: 'b 1ms' },
    );
    expect(md).toContain('| / | 4.5 (15.0) | DriftLab 10.0 | 2.0 | 99 / 100 / 100 / 100 | – |');
    expect(md).toContain('> n');
    expect(md).toContain('b 1ms');
  });
});
