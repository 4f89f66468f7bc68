// Quality gate: external links go only to allow-listed sources (support/external-domains.ts),
// over https; and pages load nothing from other origins (the CSP would block it anyway).
import { externalRefs } from '@confnotes/quality';
import { builtHtmlFiles, readBuilt } from '../support/built-site';
import { isAllowedExternal } from '../support/external-domains';
import { expect, test } from '../support/fixtures';

const pages = builtHtmlFiles().map(({ file, path }) => ({ path, refs: externalRefs(readBuilt(file)) }));

test('every external link in the build goes to an allow-listed domain over https', () => {
  const offending = pages.flatMap(({ path, refs }) =>
    refs.filter((r) => r.navigation && !isAllowedExternal(r.url)).map((r) => `${path}: ${r.url}`),
  );
  expect([...new Set(offending)]).toEqual([]);
});

test('no page loads a script, style, image or frame from another origin', () => {
  const loaded = pages.flatMap(({ path, refs }) =>
    refs.filter((r) => !r.navigation).map((r) => `${path}: <${r.tag}> ${r.url}`),
  );
  expect(loaded).toEqual([]);
});

test('the allow-list gate rejects what it should (it is not vacuous)', () => {
  expect(pages.some(({ refs }) => refs.some((r) => r.navigation))).toBe(true);
  expect(isAllowedExternal('https://www.usenix.org/conference/srecon23emea')).toBe(true);
  expect(isAllowedExternal('http://www.usenix.org/conference/srecon23emea')).toBe(false);
  expect(isAllowedExternal('https://evil.example/usenix.org')).toBe(false);
});
