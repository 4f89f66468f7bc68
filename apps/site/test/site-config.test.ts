import { describe, expect, it } from 'vitest';
import { siteBase, siteUrl } from '../site.config.mjs';

describe('siteBase', () => {
  it('defaults to the root', () => {
    expect(siteBase({})).toBe('/');
    expect(siteBase({ SITE_BASE: '' })).toBe('/');
  });
  it('normalises slashes', () => {
    expect(siteBase({ SITE_BASE: 'notes' })).toBe('/notes/');
    expect(siteBase({ SITE_BASE: '/notes' })).toBe('/notes/');
    expect(siteBase({ SITE_BASE: '/team/notes/' })).toBe('/team/notes/');
  });
  it('rejects paths that would break URLs, naming the variable', () => {
    expect(() => siteBase({ SITE_BASE: '/a b/' })).toThrow(/SITE_BASE/);
    expect(() => siteBase({ SITE_BASE: '/x?y' })).toThrow(/SITE_BASE/);
  });
});

describe('siteUrl', () => {
  it('keeps only the origin', () => {
    expect(siteUrl({ SITE_URL: 'https://notes.example.org/some/path' })).toBe('https://notes.example.org');
  });
  it('rejects non-URLs and other schemes', () => {
    expect(() => siteUrl({ SITE_URL: 'notes.example.org' })).toThrow(/SITE_URL/);
    expect(() => siteUrl({ SITE_URL: 'ftp://x.org' })).toThrow(/SITE_URL/);
  });
});
