import { distDir, subpathDistDir } from '../support/built-site';
import { skipSubpath } from '../support/env';
import { expect, test } from '../support/fixtures';
import { findBrokenInternalLinks } from '../support/link-check';

test('every internal link and #anchor in the build resolves', () => {
  expect(findBrokenInternalLinks(distDir, '/')).toEqual([]);
});

test('every internal link resolves in the SITE_BASE=/confnotes/ build too', () => {
  test.skip(skipSubpath, 'E2E_SKIP_SUBPATH=1');
  expect(findBrokenInternalLinks(subpathDistDir, '/confnotes/')).toEqual([]);
});
