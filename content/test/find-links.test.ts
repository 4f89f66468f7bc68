import { describe, expect, it } from 'vitest';
import { findLinks, isAllowedUrl } from '../check/find-links.mjs';

describe('findLinks', () => {
  it('finds Markdown, raw, href and frontmatter URLs with their lines', () => {
    const source =
      'url: \'https://a.example/x\'\n[t](https://b.example/y)\nraw https://c.example/z.\n<a href="//d.example/w">d</a>';
    expect(findLinks(source)).toEqual([
      { url: 'https://a.example/x', line: 1 },
      { url: 'https://b.example/y', line: 2 },
      { url: 'https://c.example/z', line: 3 },
      { url: 'https://d.example/w', line: 4 },
    ]);
  });

  it('skips fenced and inline code', () => {
    expect(findLinks('```sh\ncurl https://a.example/\n```\n`https://b.example/`')).toEqual([]);
  });
});

describe('isAllowedUrl', () => {
  it('allows a host and its subdomains', () => {
    expect(isAllowedUrl('https://www.usenix.org/x', ['usenix.org'])).toBe(true);
    expect(isAllowedUrl('https://notusenix.org/x', ['usenix.org'])).toBe(false);
  });

  it('allows a path prefix only at a path boundary', () => {
    const list = ['github.com/LPardue/sreconemea2023'];
    expect(isAllowedUrl('https://github.com/LPardue/sreconemea2023', list)).toBe(true);
    expect(isAllowedUrl('https://github.com/LPardue/sreconemea2023/blob/main/README.md', list)).toBe(true);
    expect(isAllowedUrl('https://github.com/LPardue/sreconemea2023-fork', list)).toBe(false);
    expect(isAllowedUrl('https://github.com/someone/else', list)).toBe(false);
  });

  it('matches query strings as part of the path', () => {
    const list = ['youtube.com/watch?v=bR86qiPOH7s'];
    expect(isAllowedUrl('https://www.youtube.com/watch?v=bR86qiPOH7s', list)).toBe(true);
    expect(isAllowedUrl('https://www.youtube.com/watch?v=other', list)).toBe(false);
  });

  it('rejects URLs that do not parse', () => {
    expect(isAllowedUrl('https://', ['usenix.org'])).toBe(false);
  });
});
