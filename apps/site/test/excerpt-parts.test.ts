import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts } from '../src/search/excerpt-parts';

describe('excerptParts', () => {
  it('splits on mark tags and decodes each run', () => {
    expect(excerptParts('the <mark>QUIC</mark> &amp; <mark>TCP</mark>')).toEqual([
      { text: 'the ', marked: false },
      { text: 'QUIC', marked: true },
      { text: ' & ', marked: false },
      { text: 'TCP', marked: true },
    ]);
  });
  it('keeps escaped markup from notes as literal text, never as tags', () => {
    const parts = excerptParts('&lt;img src=x onerror=alert(1)&gt; <mark>hi</mark>');
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)> ', marked: false },
      { text: 'hi', marked: true },
    ]);
  });
  it('leaves tags other than mark, and an unclosed mark, as text', () => {
    expect(excerptParts('<b>x</b> <mark>y')).toEqual([{ text: '<b>x</b> <mark>y', marked: false }]);
  });
  it('returns no parts for an empty excerpt and drops empty marks', () => {
    expect(excerptParts('')).toEqual([]);
    expect(excerptParts('<mark></mark>a')).toEqual([{ text: 'a', marked: false }]);
  });
});

describe('decodeEntities', () => {
  it('decodes the named and numeric entities Pagefind writes', () => {
    expect(decodeEntities('&lt;a&gt; &quot;b&quot; &#39;c&#x27; &AMP; &#128512;')).toBe('<a> "b" \'c\' & 😀');
  });
  it('leaves unknown names and invalid code points as written', () => {
    expect(decodeEntities('&bogus; &#0; &#xD800; &#1114112; &amp')).toBe('&bogus; &#0; &#xD800; &#1114112; &amp');
  });
});
