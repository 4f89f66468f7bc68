// Images a notes folder ships are untrusted files the site serves from its own origin: only
// image types are published, and SVGs are reduced to drawing markup so they cannot run code
// when opened directly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPublishedImage, isSvg, sanitizeSvg } from '../src/notes/notes-image-files';

describe('isPublishedImage', () => {
  it('publishes the common image types, whatever the case, and nothing else', () => {
    for (const path of ['a.png', 'day1/b.JPG', 'c.jpeg', 'd.gif', 'e.webp', 'f.avif', 'g.Svg']) {
      expect(isPublishedImage(path)).toBe(true);
    }
    for (const path of ['evil.html', 'x.svg.html', 'script.js', 'README', '.png', 'dir.png/file', 'a.svgz']) {
      expect(isPublishedImage(path)).toBe(false);
    }
    expect(isSvg('img/Logo.SVG')).toBe(true);
    expect(isSvg('img/logo.png')).toBe(false);
  });
});

describe('sanitizeSvg', () => {
  it('keeps the drawing: shapes, gradients referenced by id, text and the namespaces', () => {
    const out = sanitizeSvg(
      '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs>' +
        '<linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient></defs>' +
        '<rect width="10" height="10" fill="url(#g)" stroke-width="2"/><use xlink:href="#g"/>' +
        '<text x="1">p99 &lt; 200 ms</text></svg>',
    );
    expect(out).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" xmlns:xlink="http://www.w3.org/1999/xlink"><defs>' +
        '<linearGradient id="g"><stop offset="0" stop-color="red" /></linearGradient></defs>' +
        '<rect width="10" height="10" fill="url(#g)" stroke-width="2" /><use xlink:href="#g" />' +
        '<text x="1">p99 &#x3C; 200 ms</text></svg>',
    );
  });

  it('removes scripts, handlers, embedded HTML, animation and every reference that leaves the file', () => {
    const out = sanitizeSvg(
      '<svg onload="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)"><text>t</text></a>' +
        '<use href="https://example.com/x.svg#a"/><image href="x.png"/><foreignObject><iframe src="x"></iframe>' +
        '</foreignObject><animate attributeName="href" to="javascript:alert(4)"/><RECT ONCLICK="x()"/></svg>',
    );
    expect(out).toBe('<svg xmlns="http://www.w3.org/2000/svg"><text>t</text><use /><rect /></svg>');
  });

  it('keeps <style> text from opening elements when the file is read as XML', () => {
    const out = sanitizeSvg('<svg><style>&lt;script&gt;alert(1)&lt;/script&gt; rect > g { fill: red }</style></svg>');
    expect(out).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg"><style>script>alert(1)/script> rect > g { fill: red }</style></svg>',
    );
  });

  it('gives an empty standalone SVG when the file holds none', () => {
    expect(sanitizeSvg('<html><body>not a drawing</body></html>')).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>');
  });

  it('never lets a script, a handler or an outside reference through, whatever the mix', () => {
    const piece = fc.constantFrom(
      '<script>alert(1)</script>',
      '<Script>',
      '<rect onclick="x()" width="1"/>',
      '<a href="javascript:alert(1)">',
      '<a xlink:href="javascript:alert(1)">',
      '<use href="//evil.example/a#b"/>',
      '<foreignObject><body onload="x()">',
      '<style>&lt;script&gt;x()&lt;/script&gt;</style>',
      '<![CDATA[<script>x()</script>]]>',
      '<set attributeName="onclick" to="x()"/>',
      '<g>',
      '</g>',
      '<circle r="2"/>',
      '&lt;script&gt;',
      'text',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const out = sanitizeSvg(`<svg>${pieces.join('')}</svg>`);
        expect(out).not.toMatch(/<script/i);
        expect(out).not.toMatch(/\son\w+=/i);
        expect(out).not.toMatch(/javascript:/i);
        expect(out).not.toMatch(/foreignObject|<set|<animate|<body/i);
        expect(out).not.toMatch(/href="(?!#)/i);
      }),
      { numRuns: 300 },
    );
  });
});
