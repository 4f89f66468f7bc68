import { describe, expect, it } from 'vitest';
import { ogSvg, wrapText } from '../src/share/og-image';

describe('wrapText', () => {
  it('wraps greedily at word boundaries', () => {
    expect(wrapText('one two three', 7, 3)).toEqual(['one two', 'three']);
    expect(wrapText('  spaced   out  ', 20, 2)).toEqual(['spaced out']);
  });
  it('cuts to maxLines and ends the last line with an ellipsis', () => {
    const lines = wrapText('alpha beta gamma delta epsilon zeta', 11, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(11);
  });
  it('hard-cuts a single word longer than a line', () => {
    expect(wrapText('Supercalifragilistic', 8, 2)).toEqual(['Superca…']);
  });
  it('returns no lines for empty text', () => {
    expect(wrapText('', 10, 3)).toEqual([]);
  });
});

describe('ogSvg', () => {
  it('escapes text so titles cannot break the SVG', () => {
    const svg = ogSvg({ title: 'A <b> & "c"', kicker: 'K', summary: 'S', footer: 'F' });
    expect(svg).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
    expect(svg).not.toContain('<b>');
  });
});
