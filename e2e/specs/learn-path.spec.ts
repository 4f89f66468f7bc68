import type { Page } from '@playwright/test';
import { expect, expectAccessible, test, useTheme } from '../support/fixtures';

const PATH = '/paths/sre-onboarding/';
const KEY = 'confnotes:path:sre-onboarding:v1';

const box = (page: Page, step: number) => page.getByRole('checkbox', { name: new RegExp(`I have done step ${step}:`) });
const summary = (page: Page) => page.locator('[data-progress-summary]');

/** Seeds localStorage before any page script runs, once per test. */
async function seed(page: Page, value: string) {
  await page.addInitScript(
    ([key, v]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key as string, v as string);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, value],
  );
}

test('the sidebar leads to the path, which lists the talks in order with times and outcomes', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'SRE onboarding path' }).first().click();
  await expect(page).toHaveURL(new RegExp(`${PATH}$`));
  const steps = page.locator('.path-step');
  await expect(steps).toHaveCount(5);
  await expect(steps.first().getByRole('heading', { level: 2 })).toHaveText('Reliability Enhancing Procedures');
  for (const step of await steps.all()) {
    await expect(step.locator('.path-meta')).toHaveText(/about (\d+ h )?\d+ min/);
    await expect(step.getByRole('heading', { name: 'What you can do after this step' })).toBeVisible();
  }
  await expect(summary(page)).toHaveText('0 of 5 steps done.');
});

test('ticked steps survive a reload and are stored under the versioned key', async ({ page }) => {
  await page.goto(PATH);
  await box(page, 1).check();
  await box(page, 3).check();
  await expect(summary(page)).toHaveText('2 of 5 steps done.');
  await page.reload();
  await expect(box(page, 1)).toBeChecked();
  await expect(box(page, 2)).not.toBeChecked();
  await expect(box(page, 3)).toBeChecked();
  await expect(summary(page)).toHaveText('2 of 5 steps done.');
  const stored = await page.evaluate((k) => localStorage.getItem(k), KEY);
  expect(JSON.parse(stored ?? 'null')).toEqual({ version: 1, path: 'sre-onboarding', done: ['rep', 'ebpf'] });
});

for (const [name, value, notice] of [
  ['corrupt JSON', '{not json', /could not be read, so your progress was reset/],
  ['another version', '{"version":7,"path":"sre-onboarding","done":["rep"]}', /another version or path/],
  ['a foreign shape', '{"version":1,"path":"sre-onboarding","done":"rep"}', /unknown format/],
  ['an oversized value', `{"version":1,"path":"sre-onboarding","done":["${'x'.repeat(5000)}"]}`, /too large/],
] as const) {
  test(`${name} in storage resets progress with a visible notice`, async ({ page }) => {
    await seed(page, value);
    await page.goto(PATH);
    await expect(page.getByRole('status').filter({ hasText: notice })).toBeVisible();
    await expect(summary(page)).toHaveText('0 of 5 steps done.');
    await expect(box(page, 1)).toBeEnabled();
    // The unusable value was replaced, so the next visit is clean.
    await page.reload();
    await expect(page.locator('[data-progress-notice]')).toHaveText('');
  });
}

test('unknown step ids are dropped, known ones kept', async ({ page }) => {
  await seed(page, '{"version":1,"path":"sre-onboarding","done":["ml","retired-step"]}');
  await page.goto(PATH);
  await expect(page.getByRole('status').filter({ hasText: /no longer exist/ })).toBeVisible();
  await expect(box(page, 2)).toBeChecked();
  await expect(summary(page)).toHaveText('1 of 5 steps done.');
});

test('reset clears progress with a notice, and it stays cleared', async ({ page }) => {
  await page.goto(PATH);
  await box(page, 2).check();
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Progress reset' })).toBeVisible();
  await expect(box(page, 2)).not.toBeChecked();
  await page.reload();
  await expect(box(page, 2)).not.toBeChecked();
});

test('progress works from the keyboard', async ({ page }) => {
  await page.goto(PATH);
  await box(page, 4).focus();
  await page.keyboard.press('Space');
  await expect(box(page, 4)).toBeChecked();
  await expect(summary(page)).toHaveText('1 of 5 steps done.');
});

for (const theme of ['light', 'dark'] as const) {
  test(`the path is accessible in ${theme} mode, also with a notice and done steps`, async ({ page }) => {
    await useTheme(page, theme);
    await seed(page, '{"version":1,"path":"sre-onboarding","done":["rep","nope"]}');
    await page.goto(PATH);
    await expect(page.locator('[data-progress-notice]')).not.toHaveText('');
    await expectAccessible(page, `path ${theme}`);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the path reads fine and says ticking needs JavaScript', async ({ page }) => {
    await page.goto(PATH);
    await expect(page.locator('.path-step')).toHaveCount(5);
    await expect(page.getByText('Ticking off steps needs JavaScript')).toBeVisible();
    await expect(page.getByRole('checkbox')).toHaveCount(0);
  });
});
