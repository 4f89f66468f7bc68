import { describe, expect, it } from 'vitest';
import { externalRefs } from '../src/external-links.mjs';

describe('externalRefs', () => {
  it('finds absolute links and resources, not relative ones, comments or canonical metadata', () => {
    const html = `<link rel="canonical" href="https://confnotes.example/x/">
      <a href="/local/">l</a><a href="https://www.usenix.org/a?b=1&amp;c=2">u</a>
      <!-- <a href="https://hidden.example/">h</a> -->
      <img src="//cdn.example/i.png" srcset="/a.png 1x, https://img.example/b.png 2x">
      <script src="http://tracker.example/t.js"></script><a href="mailto:x@y.z">m</a>`;
    expect(externalRefs(html)).toEqual([
      { url: 'https://www.usenix.org/a?b=1&c=2', tag: 'a', navigation: true },
      { url: 'https://cdn.example/i.png', tag: 'img', navigation: false },
      { url: 'https://img.example/b.png', tag: 'img', navigation: false },
      { url: 'http://tracker.example/t.js', tag: 'script', navigation: false },
    ]);
  });
});
