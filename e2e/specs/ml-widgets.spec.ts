import type { Locator } from '@playwright/test';
import { expect, expectAccessible, hydrated, test, useTheme } from '../support/fixtures';

const PAGE = '/srecon23-emea/symptom-based-alerting-for-ml/';
const value = (scope: Locator, id: string) => scope.locator(`[data-metric="${id}"]`).getAttribute('data-value');

test.describe('ML Test Score', () => {
  test('keyboard changes the score; the URL and the copied link reproduce it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${PAGE}#ml-test-score`);
    const mts = page.locator('section#ml-test-score');
    const stale = mts.getByLabel('Models are not too stale');
    await hydrated(stale);
    expect(await value(mts, 'mts-final')).toBe('1');
    await stale.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => value(mts, 'mts-final')).toBe('2');
    await mts.getByRole('button', { name: /^Copy link/ }).click();
    const url = await page.evaluate(() => navigator.clipboard.readText());
    const second = await context.newPage();
    await second.goto(url);
    const mts2 = second.locator('section#ml-test-score');
    await hydrated(mts2.getByLabel('Models are not too stale'));
    await expect.poll(() => value(mts2, 'mts-final')).toBe('2');
    await expectAccessible(page, 'ML Test Score after interaction');
  });

  test('a damaged board in the URL falls back with a notice', async ({ page }) => {
    await page.goto(`${PAGE}?mts.board=xyz#ml-test-score`);
    const mts = page.locator('section#ml-test-score');
    await hydrated(mts.getByLabel('Models are not too stale'));
    await expect(mts.getByRole('status').filter({ hasText: 'Test board' })).toBeVisible();
    expect(await value(mts, 'mts-final')).toBe('1');
  });
});

test.describe('Holdout calculator', () => {
  test('typing a new holdout share changes the cost; URL state round-trips; bad params clamp', async ({ page }) => {
    await page.goto(`${PAGE}?ho.fraud=0.01&ho.holdout=9#holdout-calculator`);
    const ho = page.locator('section#holdout-calculator');
    const share = ho.getByLabel('Holdout share (%)');
    await hydrated(share);
    await expect(ho.getByRole('status').filter({ hasText: 'Holdout share: 9 is outside' })).toBeVisible();
    await share.fill('2');
    await share.press('Enter');
    await share.blur();
    // 200,000 × 1 % fraud × 80 % recall × 2 % holdout × €150
    await expect
      .poll(() => value(ho, 'ho-cost-day'), { timeout: 20_000 })
      .toBe(String(200_000 * 0.01 * 0.8 * 0.02 * 150));
    await expect.poll(() => page.url(), { timeout: 20_000 }).toContain('ho.holdout=0.02');
    const reload = await page.context().newPage();
    await reload.goto(page.url());
    const ho2 = reload.locator('section#holdout-calculator');
    await hydrated(ho2.getByLabel('Holdout share (%)'));
    await expect.poll(() => value(ho2, 'ho-cost-day')).toBe(await value(ho, 'ho-cost-day'));
    await expectAccessible(page, 'holdout calculator after interaction');
  });

  test('the power is a choice kept in the URL; the power reached is shown', async ({ page }) => {
    await page.goto(`${PAGE}?ho.power=0.9#holdout-calculator`);
    const ho = page.locator('section#holdout-calculator');
    const power = ho.getByLabel('Chance of detecting the drop (power)');
    await hydrated(power);
    await expect(power).toHaveValue('0.9');
    // One-sided α = 0.05, 50 % → 40 % at 90 % power: n = 422.03 → 423 per window.
    await expect(ho).toContainText('two windows of 423 cases');
    expect(Number(await value(ho, 'ho-power'))).toBeGreaterThanOrEqual(0.9);
  });
});

test.describe('Silent-failure simulator', () => {
  test('keyboard picks an incident; the URL reproduces the timeline; bad params clamp', async ({ page }) => {
    await page.goto(`${PAGE}?sfs.start=99#silent-failure-sim`);
    const sim = page.locator('section#silent-failure-sim');
    const incident = sim.getByLabel('Incident', { exact: true });
    await hydrated(incident);
    await expect(sim.getByRole('status').filter({ hasText: 'outside 1–47' })).toBeVisible();
    await expect.poll(() => value(sim, 'sfs-golden-delay'), { timeout: 20_000 }).toBe('');
    await incident.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    await expect(incident).toHaveValue('outage');
    await expect.poll(() => value(sim, 'sfs-golden-delay'), { timeout: 20_000 }).toBe('0');
    await expect.poll(() => page.url()).toContain('sfs.incident=outage');
    const prio3 = await value(sim, 'sfs-prio3-false');
    const again = await page.context().newPage();
    await again.goto(page.url());
    const sim2 = again.locator('section#silent-failure-sim');
    await hydrated(sim2.getByLabel('Incident', { exact: true }));
    await expect.poll(() => value(sim2, 'sfs-golden-delay'), { timeout: 20_000 }).toBe('0');
    expect(await value(sim2, 'sfs-prio3-false')).toBe(prio3);
    await expectAccessible(page, 'simulator after interaction');
  });
});

test('at 360 px in the dark theme no demo overflows and axe is clean', async ({ page }) => {
  await useTheme(page, 'dark');
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(PAGE);
  for (const [id, label] of [
    ['drift-lab', 'Scenario'],
    ['silent-failure-sim', 'Incident'],
    ['holdout-calculator', 'Transactions per day'],
    ['ml-test-score', 'Models are not too stale'],
  ] as const) {
    const section = page.locator(`section#${id}`);
    await hydrated(section.getByLabel(label, { exact: true }));
    const overflow = await section.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow, `${id} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
  }
  await expectAccessible(page, 'ML page, dark, 360 px');
});
