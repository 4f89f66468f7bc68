import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jensenShannonDistance, ksTwoSample, psi, wasserstein1 } from '@confnotes/stats';
import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, hydrated, test } from '../support/fixtures';

const PAGE = '/srecon23-emea/symptom-based-alerting-for-ml/';
const fixture = (name: string) => new URL(`../fixtures/ml/${name}`, import.meta.url);

function lab(page: Page): Locator {
  return page.locator('section#drift-lab');
}

async function metric(scope: Locator, id: string): Promise<number> {
  const raw = await scope.locator(`[data-metric="${id}"]`).getAttribute('data-value');
  return Number(raw);
}

/** Waits until the KS p-value is the final `auto` one, then reads the headline numbers. */
async function numbers(scope: Locator): Promise<Record<string, number>> {
  await expect(scope.locator('[data-metric="ks-pvalue"]')).toHaveAttribute('data-state', 'final');
  const out: Record<string, number> = {};
  for (const id of ['ks-statistic', 'ks-pvalue', 'w1', 'psi', 'js', 'median-delta', 'empty-share-current']) {
    out[id] = await metric(scope, id);
  }
  return out;
}

/** The score column as the widget reads it: empty cell → null, number → number, anything else → kept as text. */
function scoreColumn(path: URL): (number | null | string)[] {
  const lines = readFileSync(path, 'utf8').trimEnd().split('\n').slice(1);
  return lines.map((line) => {
    const cell = (line.split(',')[0] ?? '').trim();
    if (cell === '') return null;
    const n = Number(cell);
    return Number.isFinite(n) ? n : cell;
  });
}

const close = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));

test('hydrates, reacts to the keyboard and stays accessible', async ({ page }) => {
  await page.goto(PAGE);
  const drift = lab(page);
  await hydrated(drift.getByLabel('Shift', { exact: true }));
  const before = await numbers(drift);
  await drift.getByLabel('Shift', { exact: true }).focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => metric(drift, 'median-delta')).toBeGreaterThan(before['median-delta'] as number);
  await page.keyboard.press('Tab');
  await drift.getByLabel('Scenario', { exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(drift.getByLabel('Scenario', { exact: true })).not.toHaveValue('input-shift');
  await drift.getByRole('radio', { name: 'Sample-size-aware' }).focus();
  await page.keyboard.press('Space');
  await expect(drift.locator('[data-overall]')).toContainText('sample-size-aware');
  await numbers(drift);
  await expect(drift).not.toContainText('NaN');
  await expectAccessible(page, 'Drift Lab after interaction');
});

test('URL state round-trips, and the copied link reproduces the numbers', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const query =
    '?dl.preset=unit-bug&dl.shift=0&dl.spread=1&dl.empty=0.05&dl.affected=0.1&dl.nref=3000&dl.ncur=800&dl.seed=7&dl.thr=sample-size-aware';
  await page.goto(`${PAGE}${query}#drift-lab`);
  const drift = lab(page);
  await hydrated(drift.getByLabel('Shift', { exact: true }));
  await expect(drift.getByLabel('Scenario', { exact: true })).toHaveValue('unit-bug');
  const first = await numbers(drift);
  await drift.getByRole('button', { name: /^Copy link/ }).click();
  await expect(drift.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toContain('dl.preset=unit-bug');
  const second = await context.newPage();
  await second.goto(url);
  const drift2 = lab(second);
  await hydrated(drift2.getByLabel('Shift', { exact: true }));
  expect(await numbers(drift2)).toEqual(first);
});

test('bad URL params are clamped with a visible notice', async ({ page }) => {
  await page.goto(`${PAGE}?dl.nref=5&dl.shift=abc&dl.preset=nope#drift-lab`);
  const drift = lab(page);
  await hydrated(drift.getByLabel('Shift', { exact: true }));
  const notice = drift.getByRole('status').filter({ hasText: 'Reference size' });
  await expect(notice).toContainText('clamped to 20');
  await expect(notice).toContainText('Shift: "abc" is not a number');
  await expect(drift.getByLabel('Reference size', { exact: true })).toHaveValue('20');
  await numbers(drift);
});

test('own CSV files: empty cells, one bad row, and the same KS, PSI and W1 as the stats package', async ({ page }) => {
  await page.goto(`${PAGE}#drift-lab`);
  const drift = lab(page);
  await hydrated(drift.getByLabel('Shift', { exact: true }));
  await drift.getByRole('button', { name: 'Your own data' }).click();
  await expect(drift).toContainText('never leaves this browser');
  await drift.getByLabel('Reference data', { exact: true }).setInputFiles(fileURLToPath(fixture('reference.csv')));
  await drift.getByLabel('Current data', { exact: true }).setInputFiles(fileURLToPath(fixture('current.csv')));
  await expect(drift.getByRole('alert').filter({ hasText: 'line 57' })).toContainText('oops');
  await expect(drift.getByRole('alert').filter({ hasText: 'line 101' })).toContainText('oops');

  const refRaw = scoreColumn(fixture('reference.csv'));
  const curRaw = scoreColumn(fixture('current.csv'));
  const ref = refRaw.filter((v): v is number => typeof v === 'number');
  const cur = curRaw.filter((v): v is number => typeof v === 'number');
  await expect(drift.locator('[data-overall]')).toContainText(
    `reference n = ${ref.length.toLocaleString('en-GB')}, current m = ${cur.length.toLocaleString('en-GB')}`,
  );
  const shown = await numbers(drift);
  const ks = ksTwoSample(ref, cur);
  const p = psi(ref, cur);
  close(shown['ks-statistic'] as number, ks.statistic);
  close(shown['ks-pvalue'] as number, ks.pValue);
  close(shown.w1 as number, wasserstein1(ref, cur).value);
  close(shown.psi as number, p.value);
  close(
    shown.js as number,
    jensenShannonDistance(
      p.bins.map((b) => b.refCount),
      p.bins.map((b) => b.curCount),
    ),
  );
  close(shown['empty-share-current'] as number, curRaw.filter((v) => v === null).length / curRaw.length);
  await expectAccessible(page, 'Drift Lab with own data');
});

test('100,000 values per side are computed in the worker without console errors', async ({ page }) => {
  await page.goto(`${PAGE}?dl.nref=100000&dl.ncur=100000#drift-lab`);
  const drift = lab(page);
  await hydrated(drift.getByLabel('Shift', { exact: true }));
  await expect(drift.locator('[data-overall]')).toContainText(/reference n = 9\d,\d{3}/, { timeout: 30_000 });
  const shown = await numbers(drift);
  expect(Number.isFinite(shown['ks-statistic'])).toBe(true);
  await expect(drift.locator('.dl-details')).toContainText('asymp method');
});

test('false-alarms mode counts alerts over no-drift windows', async ({ page }) => {
  await page.goto(`${PAGE}?dl.view=false-alarms&dl.nref=200&dl.ncur=200&dl.k=20#drift-lab`);
  const drift = lab(page);
  await hydrated(drift.getByLabel('Reference size', { exact: true }));
  const cell = drift.locator('[data-metric="fa-psi-fixed"]');
  await expect(cell).toBeVisible({ timeout: 20_000 });
  const fixed = Number(await cell.getAttribute('data-value'));
  expect(fixed).toBeGreaterThanOrEqual(0);
  expect(fixed).toBeLessThanOrEqual(1);
  await expect(drift.getByRole('table', { name: /no-drift windows/ })).not.toContainText('NaN');
});
