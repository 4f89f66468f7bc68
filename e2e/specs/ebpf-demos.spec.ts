import { expect, expectAccessible, hydrated, test, useTheme } from '../support/fixtures';

const PAGE = '/srecon23-emea/ebpf-superpowers-for-sre/';

test('hook explorer: keyboard choice, URL round-trip, copy link, bad param', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${PAGE}?he.q=kernel-latency`);
  const widget = await hydrated(page.locator('#ebpf-hook-explorer'));
  const hook = widget.locator('[data-metric="he-hook"]');
  await expect(hook).toHaveAttribute('data-value', 'kprobe');

  await widget.getByRole('radio', { name: /kernel function/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(hook).toHaveAttribute('data-value', 'uprobe');
  await expect(page).toHaveURL(/he\.q=app-function/);
  await expectAccessible(page, 'after choosing a question');

  await widget.getByRole('button', { name: /copy link/i }).focus();
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const second = await context.newPage();
  await second.goto(await page.evaluate(() => navigator.clipboard.readText()));
  const copy = await hydrated(second.locator('#ebpf-hook-explorer'));
  await expect(copy.locator('[data-metric="he-hook"]')).toHaveAttribute('data-value', 'uprobe');

  await second.goto(`${PAGE}?he.q=nope`);
  const bad = await hydrated(second.locator('#ebpf-hook-explorer'));
  await expect(bad.locator('.cn-notice').first()).toContainText('Question: "nope"');
  await expect(bad.locator('[data-metric="he-hook"]')).toHaveAttribute('data-value', 'tracepoint');
});

test('aggregation calculator: keyboard input changes the numbers, URL round-trip, clamping', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${PAGE}?ka.rate=200000`);
  const widget = await hydrated(page.locator('#kernel-aggregation'));
  const bytes = widget.locator('[data-metric="ka-export-bytes"]');
  await expect(bytes).toHaveAttribute('data-value', '12800000');

  await widget.getByLabel('Bytes per exported event').focus();
  await page.keyboard.press('ArrowUp');
  await expect(bytes).toHaveAttribute('data-value', '13000000');
  await expect(page).toHaveURL(/ka\.eventBytes=65/);
  await expectAccessible(page, 'after editing the calculator');

  await widget.getByRole('button', { name: /copy link/i }).focus();
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const second = await context.newPage();
  await second.goto(await page.evaluate(() => navigator.clipboard.readText()));
  const copy = await hydrated(second.locator('#kernel-aggregation'));
  await expect(copy.locator('[data-metric="ka-export-bytes"]')).toHaveAttribute('data-value', '13000000');

  await second.goto(`${PAGE}?ka.cores=0`);
  const bad = await hydrated(second.locator('#kernel-aggregation'));
  await expect(bad.locator('.cn-notice').first()).toContainText(
    'CPU cores: 0 is outside 1–4096, so it was clamped to 1',
  );
});

test('log2 histogram: seeded sample from the URL, keyboard, paste with a bad value, copy link', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${PAGE}?lh.n=500&lh.seed=3`);
  const widget = await hydrated(page.locator('#log2-histogram'));
  const total = widget.locator('[data-metric="lh-total"]');
  await expect(total).toHaveAttribute('data-value', '500');
  const text = widget.locator('[data-metric="lh-text"]');
  await expect(text).toContainText('@usecs:');
  const before = await text.getAttribute('data-value');

  await widget.getByLabel('Seed', { exact: true }).focus();
  await page.keyboard.press('ArrowUp');
  await expect(page).toHaveURL(/lh\.seed=4/);
  expect(await text.getAttribute('data-value')).not.toBe(before);

  await widget.getByRole('button', { name: /copy link/i }).focus();
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const after = await text.getAttribute('data-value');
  const second = await context.newPage();
  await second.goto(await page.evaluate(() => navigator.clipboard.readText()));
  const copy = await hydrated(second.locator('#log2-histogram'));
  await expect(copy.locator('[data-metric="lh-text"]')).toHaveAttribute('data-value', after ?? '');

  await widget.getByLabel('Data').selectOption('paste');
  await widget.getByLabel(/Numbers/).fill('0 1 3 5 9 oops');
  await expect(widget.getByRole('alert')).toContainText('Line 1, value 6: "oops"');
  await expect(total).toHaveAttribute('data-value', '5');
  await expect(text).toContainText('[8, 16)');
  await expectAccessible(page, 'after pasting numbers');

  await second.goto(`${PAGE}?lh.sigma=99`);
  const bad = await hydrated(second.locator('#log2-histogram'));
  await expect(bad.locator('.cn-notice').first()).toContainText('Spread');
});

test('eBPF demos fit a 360 px wide screen, dark theme, axe clean', async ({ page }) => {
  await useTheme(page, 'dark');
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(PAGE);
  for (const id of ['#ebpf-hook-explorer', '#kernel-aggregation', '#log2-histogram']) await hydrated(page.locator(id));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(page, 'dark theme at 360 px');
});
