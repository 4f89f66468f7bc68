// @ts-check
import { readFileSync } from 'node:fs';
import { assetReader, builtPages } from '../built-site.mjs';
import { measurePage } from './page-budget.mjs';

/**
 * Measures every page of a build (the 404 page included: it is served too).
 * @param {string} distDir
 * @param {string} [base]
 * @returns {import('./page-budget.mjs').PageJsReport[]}
 */
export function measureBuild(distDir, base = '/') {
  const readAsset = assetReader(distDir, base);
  return builtPages(distDir).map(({ file, page }) =>
    measurePage({ page, html: readFileSync(file, 'utf8'), readAsset, base }),
  );
}
