import { expect, expectAccessible, hydrated, test } from '../support/fixtures';

const PAGE = '/srecon23-emea/reliability-enhancing-procedures/';

test.describe('SLO planner', () => {
  test('keyboard-only use changes the budget and the incident outcome; axe clean', async ({ page }) => {
    await page.goto(PAGE);
    const widget = page.locator('#slo-planner');
    const target = widget.getByLabel('SLO target', { exact: true });
    await hydrated(target);
    const minutes = widget.locator('[data-metric="slo-budget-minutes"]');
    await expect(minutes).toHaveText('43.2 min');
    await target.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('99.99');
    await expect(minutes).toHaveText('4.32 min');
    // 1% errors over a 0.02% baseline against a 14.4 × 0.01% threshold: the 1 h window needs
    // 60 × (0.00144 − 0.0002) / (0.01 − 0.0002) = 7.59 min.
    const err = widget.getByLabel('Error rate during the incident');
    await err.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('1');
    await expect(widget.locator('[data-metric="slo-incident-alert-1"]')).toHaveText('fires 7.59 min after the start');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('id', 'slo-planner-dur');
    await expect(page).toHaveURL(/slo\.target=99\.99/);
    await expectAccessible(page, 'after using the SLO planner');
  });

  test('URL state round-trips, and Copy link reproduces the numbers (with journeys) in a new page', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${PAGE}?slo.target=99.95&slo.window=7&slo.err=100&slo.dur=10#slo-planner`);
    const widget = page.locator('#slo-planner');
    await hydrated(widget.getByLabel('SLO target', { exact: true }));
    const minutes = widget.locator('[data-metric="slo-budget-minutes"]');
    await expect(minutes).toHaveText('5.04 min'); // 0.0005 × 7 × 1440
    await expect(widget.getByLabel('SLO window', { exact: true })).toHaveValue('7');
    // The Workbook's 2 %/5 %/10 % of budget in 1 h/6 h/3 d, scaled to 168 h: 3.36×, 1.4×, 0.233×.
    await expect(widget.locator('[data-metric="slo-default-burns"]')).toHaveAttribute(
      'data-value',
      '3.36,1.4,0.233333333333',
    );
    await widget.getByRole('button', { name: 'Add a user journey' }).click();
    await expect(widget.locator('[data-metric="slo-journey-problems"]')).toHaveAttribute('data-value', '5');
    const detection = await widget.locator('[data-metric="slo-detection"]').textContent();
    await widget.getByRole('button', { name: /^Copy link/ }).click();
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url).toContain('slo.j=');
    const copy = await context.newPage();
    await copy.goto(url);
    const again = copy.locator('#slo-planner');
    await hydrated(again.getByLabel('SLO target', { exact: true }));
    await expect(again.locator('[data-metric="slo-budget-minutes"]')).toHaveText('5.04 min');
    await expect(again.locator('[data-metric="slo-detection"]')).toHaveText(detection ?? '');
    await expect(again.locator('[data-metric="slo-journey-problems"]')).toHaveAttribute('data-value', '5');
  });

  test('bad params are clamped or defaulted with a visible notice', async ({ page }) => {
    await page.goto(`${PAGE}?slo.target=120&slo.window=9&slo.j=garbage#slo-planner`);
    const widget = page.locator('#slo-planner');
    await hydrated(widget.getByLabel('SLO target', { exact: true }));
    const notice = widget.getByRole('status').filter({ hasText: 'clamped' });
    await expect(notice).toContainText('SLO target (%): 120 is outside 90–99.999, so it was clamped to 99.999.');
    await expect(notice).toContainText('SLO window: "9" is not one of 7, 28, 30');
    await expect(notice).toContainText('The shared state in the link is damaged');
    await expect(widget.locator('[data-metric="slo-budget-minutes"]')).toHaveText('0.432 min');
    await expectAccessible(page, 'with URL notices');
  });
});
