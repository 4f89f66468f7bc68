import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScriptBodies, inlineScriptHashesIn, sha256Source } from '../src/csp/inline-script-hashes.mjs';

describe('sha256Source', () => {
  it('matches the CSP hash of a known body', () => {
    // printf '' | openssl dgst -sha256 -binary | base64
    expect(sha256Source('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    // printf 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(sha256Source('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });
});

describe('inlineScriptBodies', () => {
  it('returns is:inline bodies verbatim, whitespace included, and skips bundled scripts', () => {
    const source =
      '<script is:inline>\n\ta();\n</script>\n<script>b()</script>\n<script is:inline aria-hidden="true">c()</script>';
    expect(inlineScriptBodies(source)).toEqual(['\n\ta();\n', 'c()']);
  });
});

describe('inlineScriptHashesIn', () => {
  it('hashes every inline script of the .astro files in a folder, once each', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-'));
    mkdirSync(join(dir, 'nested'));
    writeFileSync(join(dir, 'A.astro'), '<script is:inline>x()</script><script is:inline>y()</script>');
    writeFileSync(join(dir, 'B.astro'), '<script is:inline>x()</script>');
    writeFileSync(join(dir, 'notes.md'), '<script is:inline>z()</script>');
    expect(inlineScriptHashesIn(dir)).toEqual([sha256Source('x()'), sha256Source('y()')].sort());
  });
});
