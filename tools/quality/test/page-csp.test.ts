import { describe, expect, it } from 'vitest';
import { sha256Source } from '../src/csp/inline-script-hashes.mjs';
import { metaPolicies, pageCspProblems, parsePolicy } from '../src/csp/page-csp.mjs';

const base = "default-src 'self'; object-src 'none'; base-uri 'self'";
const page = (policy: string, body = '') =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head><body></body></html>`;

describe('parsePolicy', () => {
  it('splits directives and sources, lower-cases names, keeps the first of a repeated directive', () => {
    const p = parsePolicy("IMG-SRC 'self' data:;; object-src 'none'; img-src *");
    expect(p.get('img-src')).toEqual(["'self'", 'data:']);
    expect(p.get('object-src')).toEqual(["'none'"]);
  });
});

describe('metaPolicies', () => {
  it('finds CSP meta elements whatever the attribute case, ignoring other meta', () => {
    expect(metaPolicies('<meta charset="utf-8"><META HTTP-EQUIV="Content-Security-Policy" content="a">')).toEqual([
      'a',
    ]);
  });
});

describe('pageCspProblems', () => {
  const script = 'window.x = 1';
  const style = 'a{color:red}';
  const good = `${base}; script-src 'self' '${sha256Source(script)}'; style-src 'self' '${sha256Source(style)}'`;

  it('accepts a page whose inline scripts and styles are all hashed', () => {
    const html = page(good, `<script>${script}</script><style>${style}</style><script src="/a.js"></script>`);
    expect(pageCspProblems(html)).toEqual([]);
  });

  it('flags an inline script or style without a hash, and inline event handlers', () => {
    const html = page(good, '<script>other()</script><style>b{}</style><button onclick="go()">x</button>');
    expect(pageCspProblems(html)).toEqual([
      'inline script not allowed by script-src (no hash): "other()"',
      'inline <style> not allowed by style-src (no hash): "b{}"',
      'inline event handler onclick= (blocked by CSP; use a bundled <script>)',
    ]);
  });

  it('ignores JSON data blocks, which never run', () => {
    expect(pageCspProblems(page(good, '<script type="application/ld+json">{"a":1}</script>'))).toEqual([]);
  });

  it('flags a missing or duplicated meta policy', () => {
    expect(pageCspProblems('<html><head></head></html>')).toEqual(['has 0 CSP <meta> elements (expected exactly 1)']);
    expect(pageCspProblems(page(good, `<meta http-equiv="content-security-policy" content="${good}">`))).toHaveLength(
      1,
    );
  });

  it("flags weakened policies: 'unsafe-inline', missing required directives", () => {
    const weak = "default-src *; script-src 'self' 'unsafe-inline'; style-src 'self'";
    expect(pageCspProblems(page(weak))).toEqual([
      `CSP default-src is "*" (expected "'self'")`,
      `CSP object-src is "missing" (expected "'none'")`,
      `CSP base-uri is "missing" (expected "'self'")`,
      "CSP script-src allows 'unsafe-inline'",
    ]);
  });
});
