import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareTrees, firstDifferentByte } from '../src/compare-trees.mjs';
import { isListingPage, measureOutput, median } from '../src/measure-output.mjs';
import { parentPidOf, processTreeRss, rssBytesOf } from '../src/process-tree-rss.mjs';
import { sidebarHtml } from '../src/sidebar-html.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'bench-scale-measure-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function site(name: string, files: Record<string, string>): string {
  const dir = join(scratch, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('sidebarHtml', () => {
  it('takes the Main nav with nested navs, and nothing else', () => {
    const html =
      '<nav aria-label="Other">x</nav><nav class="sidebar" aria-label="Main"><nav>in</nav><a>t</a></nav><p>after</p>';
    expect(sidebarHtml(html)).toBe('<nav class="sidebar" aria-label="Main"><nav>in</nav><a>t</a></nav>');
    expect(sidebarHtml('<p>no nav</p>')).toBe('');
  });
});

describe('isListingPage', () => {
  it('knows the home page and the conference, tag, speaker and search indexes', () => {
    for (const p of [
      'index.html',
      'conferences/index.html',
      'tags/slo/2/index.html',
      'speakers/index.html',
      'search/index.html',
    ]) {
      expect(isListingPage(p)).toBe(true);
    }
    expect(isListingPage('srecon23-emea/index.html')).toBe(false);
    expect(isListingPage('404.html')).toBe(false);
  });
});

describe('median', () => {
  it('is the middle of a sorted list, the lower middle for an even count, 0 for none', () => {
    expect(median([1, 2, 9])).toBe(2);
    expect(median([1, 2, 3, 9])).toBe(2);
    expect(median([])).toBe(0);
  });
});

describe('measureOutput', () => {
  it('finds the largest page, the largest listing page and the sidebar sizes', () => {
    const nav = '<nav aria-label="Main">links</nav>';
    const dir = site('measure', {
      'index.html': `${nav}home`,
      'conf/talk/index.html': `${nav}${'x'.repeat(500)}`,
      'tags/slo/index.html': `${nav}${'y'.repeat(100)}`,
      'og/talk.png': 'png',
    });
    const sizes = measureOutput(dir);
    expect(sizes.files).toBe(4);
    expect(sizes.htmlPages).toBe(3);
    expect(sizes.largestPage.path).toBe('conf/talk/index.html');
    expect(sizes.largestListingPage).toEqual({ path: 'tags/slo/index.html', bytes: nav.length + 100 });
    expect(sizes.sidebarBytes).toEqual({ median: nav.length, max: nav.length, maxPath: 'conf/talk/index.html' });
  });
});

describe('compareTrees', () => {
  it('reports the first differing file and byte, or a file on one side only', () => {
    const a = site('a', { 'x/index.html': 'same', 'y.html': 'abcdef' });
    const b = site('b', { 'x/index.html': 'same', 'y.html': 'abcXef' });
    const c = site('c', { 'x/index.html': 'same', 'y.html': 'abcdef', 'z.html': '' });
    expect(compareTrees(a, a).difference).toBeNull();
    expect(compareTrees(a, b).difference).toEqual({ file: 'y.html', offset: 3, detail: 'byte 3 differs' });
    expect(compareTrees(a, c).difference).toMatchObject({ file: 'z.html', detail: 'only in the second build' });
  });
  it('finds where one buffer is a prefix of the other', () => {
    expect(firstDifferentByte(Buffer.from('ab'), Buffer.from('abc'))).toBe(2);
    expect(firstDifferentByte(Buffer.from('ab'), Buffer.from('ab'))).toBe(-1);
  });
});

describe('process tree memory', () => {
  it('reads the parent pid past a command name with spaces and parentheses', () => {
    expect(parentPidOf('42 (node (worker) x) S 7 42 42 0')).toBe(7);
  });
  it('reads VmRSS in bytes, 0 without one', () => {
    expect(rssBytesOf('Name:\tnode\nVmRSS:\t    2048 kB\nThreads:\t1\n')).toBe(2048 * 1024);
    expect(rssBytesOf('Name:\tkthreadd\n')).toBe(0);
  });
  it('counts at least this process itself', () => {
    expect(processTreeRss(process.pid)).toBeGreaterThan(1024 * 1024);
  });
});
