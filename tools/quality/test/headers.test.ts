import { describe, expect, it } from 'vitest';
import { headerProblems, headersFileRules, nginxHeaders } from '../src/headers.mjs';

const good = new Map([
  ['content-security-policy', "frame-ancestors 'none'; object-src 'none'"],
  ['x-frame-options', 'DENY'],
  ['x-content-type-options', 'nosniff'],
  ['referrer-policy', 'strict-origin-when-cross-origin'],
  ['permissions-policy', 'camera=(), microphone=(), geolocation=()'],
]);

describe('headersFileRules', () => {
  it('reads the headers of one path block, skipping comments and other blocks', () => {
    const text =
      '# c\n/_astro/*\n  Cache-Control: immutable\n/*\n  X-Frame-Options: DENY\n  # note\n  Referrer-Policy: no-referrer\n';
    expect([...headersFileRules(text)]).toEqual([
      ['x-frame-options', 'DENY'],
      ['referrer-policy', 'no-referrer'],
    ]);
  });
});

describe('nginxHeaders', () => {
  it('reads add_header lines with double, single or no quotes', () => {
    const text = `add_header X-Frame-Options "DENY" always;\n  add_header Referrer-Policy 'same-origin';\nadd_header X-Content-Type-Options nosniff;\n# add_header Nope "x";`;
    expect([...nginxHeaders(text)]).toEqual([
      ['x-frame-options', 'DENY'],
      ['referrer-policy', 'same-origin'],
      ['x-content-type-options', 'nosniff'],
    ]);
  });
});

describe('headerProblems', () => {
  it('accepts a complete set', () => {
    expect(headerProblems(good)).toEqual([]);
  });

  it('names each missing or weak header', () => {
    const weak = new Map(good);
    weak.delete('x-content-type-options');
    weak.set('content-security-policy', "frame-ancestors 'self'");
    weak.set('referrer-policy', 'unsafe-url');
    expect(headerProblems(weak)).toEqual([
      `content-security-policy: needs frame-ancestors 'none' (got "frame-ancestors 'self'")`,
      'x-content-type-options is missing',
      'referrer-policy: needs a policy that never sends the full URL cross-origin (got "unsafe-url")',
    ]);
  });
});
