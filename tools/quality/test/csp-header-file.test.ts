import { describe, expect, it } from 'vitest';
import { mergePolicies, withPolicyHeader } from '../src/csp/csp-header-file.mjs';

describe('mergePolicies', () => {
  it("keeps the base policy's directives and adds only the extra ones it lacks", () => {
    expect(
      mergePolicies("default-src 'self'; script-src 'self' 'sha256-x'", "frame-ancestors 'none'; script-src *"),
    ).toBe("default-src 'self'; script-src 'self' 'sha256-x'; frame-ancestors 'none'");
  });
});

describe('withPolicyHeader', () => {
  it('rewrites only the CSP header line and keeps the others and the comments', () => {
    const text = "# c\n/*\n  Content-Security-Policy: frame-ancestors 'none'\n  X-Frame-Options: DENY\n";
    expect(withPolicyHeader(text, "default-src 'self'")).toBe(
      "# c\n/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n  X-Frame-Options: DENY\n",
    );
  });
});
