// Checks statements on the SREcon23 EMEA talk pages that code can check: arithmetic the pages
// do, code lists they give, and that the site's own analysis carries its label (issue 15).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { asShare, countAlarms, type WindowCounts } from './simulations/small-window-drift';

const conf = join(dirname(fileURLToPath(import.meta.url)), '../srecon23-emea');
/** A page's text with line breaks folded, so a sentence can be matched whole. */
const page = (slug: string) => readFileSync(join(conf, `${slug}.mdx`), 'utf8').replace(/\s+/g, ' ');
const LABEL = "_(the site's analysis)_";

/** The `<details>` blocks of a page whose summary starts with "Deep dive", as summary + content. */
function deepDiveBlocks(text: string): string[] {
  return [...text.matchAll(/<details>\s*<summary>\s*Deep dive([\s\S]*?)<\/details>/g)].map((m) => m[1] ?? '');
}

describe('ML page: the ML Test Score example', () => {
  // The 2017 rubric (Breck et al., IEEE Big Data 2017): 0.5 per manual test, 1 per automated
  // test, final score = the lowest of the four section sums.
  const MANUAL = 0.5;
  const AUTOMATED = 1;
  const text = page('symptom-based-alerting-for-ml');

  it('automating two manual checks and adding two automated ones gives 4, not 3', () => {
    const before = { features: 6, model: 5, infrastructure: 4.5, monitoring: 2 * MANUAL };
    const after = { ...before, monitoring: 2 * AUTOMATED + 2 * AUTOMATED };
    expect(Math.min(...Object.values(before))).toBe(1);
    expect(after.monitoring).toBe(4);
    expect(Math.min(...Object.values(after))).toBe(4);
    const nextCap = Math.min(...Object.values(after).filter((sum) => sum > 4));
    expect(nextCap).toBe(4.5);
    expect(text).toContain('helps only up to 4.5');
    expect(text).toContain('so Monitoring reaches 4');
    expect(text).toContain('so the final score is 4');
    expect(text).not.toContain('would lift it to 3');
  });

  it('labels the simulation figures as the site’s own, inside a deep dive', () => {
    const simulation = deepDiveBlocks(text).find((block) => block.includes('windows ('));
    expect(simulation).toBeDefined();
    expect(simulation).toContain('a simulation the site runs, not from the talk');
    expect(simulation).toContain('content/test/simulations/small-window-drift.ts');
  });

  it('quotes exactly what the seeded simulation gives', () => {
    const calm100 = countAlarms({ n: 100, windows: 1000, shift: 0 });
    const calm1000 = countAlarms({ n: 1000, windows: 500, shift: 0 });
    const tiny1k = countAlarms({ n: 1000, windows: 400, shift: 0.05 });
    const tiny10k = countAlarms({ n: 10_000, windows: 100, shift: 0.05 });
    const tiny100k = countAlarms({ n: 100_000, windows: 20, shift: 0.05 });
    const share = (count: number, of: WindowCounts) => asShare(count, of.windows);
    expect(text).toContain(`PSI crossed 0.1 in ${share(calm100.psiOver01, calm100)}`);
    expect(text).toContain(`crossed 0.1 in ${share(calm100.w1NormedOver01, calm100)}`);
    expect(text).toContain(`PSI crossed 0.1 in ${share(calm1000.psiOver01, calm1000)}`);
    expect(text).toContain(`$p \\le 0.05$ in ${share(tiny1k.ksSignificant, tiny1k)} at 1,000`);
    expect(text).toContain(`in ${share(tiny10k.ksSignificant, tiny10k)} at 10,000`);
    expect(text).toContain(`in ${share(tiny100k.ksSignificant, tiny100k)} at 100,000`);
  }, 30_000);

  it('folds the Jensen–Shannon distance and the DKW band into deep dives', () => {
    const blocks = deepDiveBlocks(text);
    expect(blocks.some((b) => b.includes('\\mathrm{JS}'))).toBe(true);
    expect(blocks.some((b) => b.includes('Dvoretzky–Kiefer–Wolfowitz'))).toBe(true);
  });
});

describe('QUIC page: HTTP/3 codes and formats', () => {
  const text = page('quic-http3-mapping-vs-encapsulation');
  // The HTTP/3 error-code registry: RFC 9114 §8.1 (0x100–0x110), RFC 9204 §6 (0x200–0x202),
  // RFC 9297 (0x33), and the reserved values 0x1f·N + 0x21 (RFC 9114 §8.1).
  const registered = (code: number) =>
    (code >= 0x100 && code <= 0x110) || (code >= 0x200 && code <= 0x202) || code === 0x33;
  const reserved = (code: number) => code >= 0x21 && (code - 0x21) % 0x1f === 0;

  it('names every range of the registry and checks 0xFF against it', () => {
    for (const range of ['0x100–0x110', '0x200–0x202', '0x33', 'H3_DATAGRAM_ERROR']) expect(text).toContain(range);
    expect(registered(0xff) || reserved(0xff)).toBe(false);
    expect(registered(0x33) && registered(0x200)).toBe(true);
  });

  it('says HTTP/3 keeps its own frames, cites RFC 9114 §6.2, and reads .sqlog as RFC 7464', () => {
    expect(text).not.toContain('Everything HTTP/2 did with its own framing');
    for (const frame of ['DATA', 'HEADERS', 'SETTINGS', 'GOAWAY']) expect(text).toContain(frame);
    expect(text).toContain('rfc9114#section-6.2');
    expect(text).toContain('rfc7464');
    expect(text).toContain('`jq --seq`');
    expect(text).not.toContain('one JSON record per line');
  });
});

describe('HTTP/3 deployment page', () => {
  const text = page('deploying-and-debugging-http3');

  it('corrects the first-visit, migration, curl and tcpdump statements', () => {
    expect(text).not.toContain('The first visit is never HTTP/3');
    expect(text).toContain('rfc9460');
    expect(text).toContain('rfc9000#section-9');
    expect(text).toContain('does not make the problem go away');
    expect(text).toContain('added in curl 7.88.0');
    expect(text).not.toMatch(/tcpdump [^\n`]*-w \S+\.pcapng/);
  });
});

describe('the site’s own analysis is labelled the same way on every page', () => {
  const labelled: [string, string][] = [
    ['symptom-based-alerting-for-ml', 'a p-value threshold flags harmless shifts on large ones'],
    ['symptom-based-alerting-for-ml', 'the most useful thing to take from this page'],
    ['index', 'beware drift thresholds that ignore sample size'],
    ['ebpf-superpowers-for-sre', 'Parca and Pixie for profiling and observability'],
    ['reliability-enhancing-procedures', 'depending on a best-effort component for a critical path'],
    ['reliability-enhancing-procedures', 'because nobody had drawn the whole thing before'],
    ['reliability-enhancing-procedures', 'usually finds at least one outdated command'],
  ];
  it.each(labelled)('%s: “%s” carries the label', (slug, statement) => {
    const text = page(slug);
    const at = text.indexOf(statement);
    expect(at).toBeGreaterThan(-1);
    expect(text.slice(at + statement.length, at + statement.length + LABEL.length + 2)).toContain(LABEL);
  });
});
