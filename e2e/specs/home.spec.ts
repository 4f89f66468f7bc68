import { expect, test } from '../support/fixtures';
import { searchFor } from '../support/search';

test('home lists the five Day 1 talks as cards with speakers or an honest "not confirmed"', async ({ page }) => {
  await page.goto('/');
  const cards = page.locator('.talk-card');
  await expect(cards).toHaveCount(5);
  await expect(cards.filter({ hasText: 'eBPF Superpowers for SRE' })).toContainText('Liz Rice (Isovalent)');
  await expect(cards.filter({ hasText: 'Symptom-based Alerting' })).toContainText('Speaker not confirmed');
  await expect(cards.filter({ hasText: 'Deploying and Debugging HTTP/3' })).toContainText('14:50–15:30');
  await expect(page.getByRole('heading', { name: /start here/i })).toBeVisible();
});

test('a talk page shows its header from frontmatter', async ({ page }) => {
  await page.goto('/srecon23-emea/quic-http3-mapping-vs-encapsulation/');
  const meta = page.getByRole('definition').filter({ hasText: 'Lucas Pardue' });
  await expect(meta).toContainText('Cloudflare');
  await expect(page.locator('.talk-meta')).toContainText('14:00–14:40 (Europe/Dublin)');
  await expect(page.getByRole('heading', { level: 2, name: 'The notes' })).toBeVisible();
});

test.describe('404', () => {
  test.use({ allowedConsoleErrors: [/404/] });
  test('unknown URLs get the helpful 404 page', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('link', { name: 'SREcon23 EMEA overview' })).toBeVisible();
  });
});

test('search finds the QUIC talk for "QUIC"', async ({ page }) => {
  await page.goto('/');
  const dialog = await searchFor(page, 'QUIC');
  await expect(dialog.getByRole('link', { name: /QUIC and HTTP\/3/i }).first()).toBeVisible();
});

test('the first island hydrates on scroll and copies the page link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/srecon23-emea/');
  const button = page.getByRole('button', { name: 'Copy a link to this page' });
  await button.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island').filter({ has: button })).not.toHaveAttribute('ssr', /.*/);
  await button.click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /^http:\/\/127\.0\.0\.1:\d+\/srecon23-emea\/$/,
  );
});
