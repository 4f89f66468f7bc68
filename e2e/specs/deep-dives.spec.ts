// "Deep dive" blocks on the talk pages: folded <details> that the session plan skips. They open
// with the keyboard and without JavaScript, the heading anchors around them still resolve, and
// they print open.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';

const ML = '/srecon23-emea/symptom-based-alerting-for-ml/';

const deepDive = (page: Page, summary: RegExp) =>
  page.locator('.sl-markdown-content details').filter({ has: page.locator('summary', { hasText: summary }) });

test('a deep dive opens and closes from the keyboard', async ({ page }) => {
  await page.goto(ML);
  const dive = deepDive(page, /^Deep dive: a fourth distance/);
  await expect(dive).toHaveCount(1);
  await expect(dive.getByText('Jensen–Shannon distance', { exact: false }).first()).toBeHidden();
  await dive.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(dive).toHaveAttribute('open', '');
  await expect(dive.locator('p').first()).toBeVisible();
  await page.keyboard.press('Space');
  await expect(dive).not.toHaveAttribute('open', '');
});

test('the heading before a deep dive keeps its anchor', async ({ page }) => {
  await page.goto(`${ML}#jensenshannon-distance`);
  await expect(page.locator('h3#jensenshannon-distance')).toBeInViewport();
});

test('deep dives print open', async ({ page }) => {
  await page.goto(ML);
  await page.emulateMedia({ media: 'print' });
  await expect(deepDive(page, /^Deep dive: the seven Monitoring tests/).locator('table')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a deep dive still opens', async ({ page }) => {
    await page.goto(ML);
    const dive = deepDive(page, /^Deep dive: how big a gap/);
    await dive.locator('summary').click();
    await expect(dive.getByText('Dvoretzky–Kiefer–Wolfowitz', { exact: false })).toBeVisible();
  });
});
