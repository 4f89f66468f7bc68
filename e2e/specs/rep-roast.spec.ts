import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, hydrated, test } from '../support/fixtures';

const PAGE = '/srecon23-emea/reliability-enhancing-procedures/';
const KEY = 'confnotes.roast-board';
const fixture = (name: string) => new URL(`../fixtures/rep/${name}`, import.meta.url).pathname;

async function open(page: Page, query = '') {
  await page.goto(`${PAGE}${query}#roast-board`);
  const widget = page.locator('#roast-board');
  await hydrated(widget.getByRole('textbox', { name: 'Service', exact: true }));
  return widget;
}

test.describe('Roast board', () => {
  test('keyboard only: add a component and a failure mode, the backlog re-ranks; axe clean', async ({ page }) => {
    const widget = await open(page);
    const count = widget.locator('[data-metric="rb-backlog-count"]');
    await expect(count).toHaveText('6');
    await widget.getByLabel('New component').focus();
    await page.keyboard.type('Cache');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(widget.getByRole('status').filter({ hasText: 'Added Cache.' })).toBeVisible();
    await expect(widget.locator('svg title')).toContainText('7 components');
    await widget.getByLabel('What can go wrong', { exact: true }).last().focus();
    await page.keyboard.type('Cache stampede');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowDown'); // first element in the list: Load balancer
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(count).toHaveText('7');
    await expectAccessible(page, 'after editing the roast board');
  });

  test('Copy link carries the board to a fresh browser; bad params give notices', async ({
    page,
    context,
    browser,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const widget = await open(page, '?rb.minutes=999');
    await expect(widget.getByRole('status').filter({ hasText: 'clamped' })).toContainText(
      'Minutes per element: 999 is outside 1–60, so it was clamped to 60.',
    );
    await widget.getByRole('textbox', { name: 'Service', exact: true }).fill('Checkout');
    await widget.getByRole('button', { name: 'Remove Queue' }).click();
    await expect(widget.locator('[data-metric="rb-backlog-count"]')).toHaveText('6');
    await widget.getByRole('button', { name: /^Copy link/ }).click();
    const url = await page.evaluate(() => navigator.clipboard.readText());
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    const again = await open(other, new URL(url).search);
    await expect(again.locator('svg title')).toContainText('Diagram of Checkout: 5 components and 4 connections');
    await expect(again.getByRole('status').filter({ hasText: 'from the link' })).toBeVisible();
    await fresh.close();
    const broken = await open(page, '?rb.board=AAAAdamaged');
    await expect(broken.getByRole('status').filter({ hasText: 'is shown instead' })).toBeVisible();
  });

  test('corrupt localStorage is reset with a notice; an old-schema board is migrated', async ({ page }) => {
    const seed = (value: string) =>
      page.evaluate(([key, v]) => localStorage.setItem(key as string, v as string), [KEY, value]);
    await page.goto(PAGE); // the island is far below the fold: it does not hydrate here
    await seed('{"version":2,"boxes":[');
    let widget = await open(page, '?visit=1');
    await expect(widget.getByRole('status').filter({ hasText: 'was damaged and has been reset' })).toBeVisible();
    await expect(widget.locator('[data-metric="rb-backlog-count"]')).toHaveText('6');
    await seed(await readFile(fixture('v1-board.json'), 'utf8'));
    widget = await open(page, '?visit=2');
    await expect(
      widget.getByRole('status').filter({ hasText: 'old format (version 1) and was upgraded' }),
    ).toBeVisible();
    await expect(widget.locator('svg title')).toContainText(
      'Diagram of Legacy checkout: 3 components and 2 connections',
    );
    await expect(widget.locator('[data-metric="rb-backlog-1"]')).toHaveAttribute('data-value', 'f2'); // 4 × 4 = 16
  });

  test('a malformed import shows a specific error and keeps the board; CSV export is injection-safe', async ({
    page,
  }) => {
    const widget = await open(page);
    await widget.getByLabel('Import a board (JSON file)').setInputFiles(fixture('malformed-board.json'));
    await expect(widget.getByRole('alert')).toContainText(
      'Failure mode 1 ("Disk full"): probability must be a whole number from 1 to 5 (got 9). The current board is kept.',
    );
    await expect(widget.locator('svg title')).toContainText('Model-serving service');
    await widget.getByLabel('Owner').first().fill('=HYPERLINK("http://evil")');
    const download = page.waitForEvent('download');
    await widget.getByRole('button', { name: 'Export backlog as CSV' }).click();
    const csv = await readFile((await (await download).path()) as string, 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      'Rank,Priority,Score,Element,Failure mode,Probability,Blast radius,Affected,Owner,Mitigation,Status',
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  test('roast session: ground rules, keyboard start/pause/next', async ({ page }) => {
    const widget = await open(page, '?rb.mode=session&rb.minutes=2');
    await expect(widget.getByText('An impartial moderator runs the session')).toBeVisible();
    const element = widget.locator('[data-metric="rb-session-element"]');
    await expect(element).toHaveText('Load balancer');
    await expect(widget.getByRole('timer')).toHaveText('02:00');
    await widget.getByRole('button', { name: 'Start timer' }).focus();
    await page.keyboard.press('Enter');
    await expect(widget.getByRole('status').filter({ hasText: 'Timer started for Load balancer.' })).toBeVisible();
    await expect(widget.getByRole('timer')).toHaveText(/01:5\d/);
    await widget.getByRole('button', { name: 'Next element' }).focus();
    await page.keyboard.press('Enter');
    await expect(element).toHaveText('API');
    await expect(widget.getByRole('status').filter({ hasText: 'Now roasting API.' })).toBeVisible();
    await widget.getByRole('button', { name: 'Pause timer' }).focus();
    await page.keyboard.press('Enter');
    await expect(widget.getByRole('button', { name: 'Start timer' })).toBeVisible();
    await expectAccessible(page, 'in roast-session mode');
  });
});
