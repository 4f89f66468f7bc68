import { skipSubpath, subpathPort } from '../support/env';
import { expect, test } from '../support/fixtures';

const root = `http://127.0.0.1:${subpathPort}/confnotes/`;

test('the site works when served under a sub-path (SITE_BASE)', async ({ page }) => {
  test.skip(skipSubpath, 'E2E_SKIP_SUBPATH=1');
  await page.goto(root);
  const card = page.locator('.talk-card a').first();
  await expect(card).toHaveAttribute('href', /^\/confnotes\/srecon23-emea\//);
  await card.click();
  await expect(page).toHaveURL(/\/confnotes\/srecon23-emea\/.+\//);
  await expect(page.getByRole('heading', { level: 2, name: 'The notes' })).toBeVisible();
  const sidebarLink = page.locator('nav a[href="/confnotes/glossary/"]').first();
  await expect(sidebarLink).toHaveCount(1);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toMatch(/\/confnotes\/srecon23-emea\//);
});
