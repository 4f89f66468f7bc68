// Speaker pages from talk frontmatter; an unconfirmed speaker is labelled wherever named.
import { expect, test } from '../support/fixtures';

test('a talk’s speaker links to their page, which lists their talks', async ({ page }) => {
  await page.goto('/srecon23-emea/deploying-and-debugging-http3/');
  await page.locator('.talk-meta').getByRole('link', { name: 'Robin Marx' }).click();
  await expect(page).toHaveURL(/\/speakers\/robin-marx\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Robin Marx' })).toBeVisible();
  await expect(page.locator('.speaker-talks li')).toHaveText([
    /Deploying and Debugging HTTP\/3\s+SREcon23 EMEA · Tue 10 Oct 2023/,
  ]);
});

test('the speakers page lists everyone named, and a talk without a named speaker says so', async ({ page }) => {
  await page.goto('/speakers/');
  await expect(page.locator('.speaker-index li')).toHaveText([
    /^\s*Liz Rice\s*\(1 talk\)\s*$/,
    /^\s*Lucas Pardue\s*\(1 talk\)\s*$/,
    /^\s*Robin Marx\s*\(1 talk\)\s*$/,
  ]);
  await page.goto('/srecon23-emea/symptom-based-alerting-for-ml/');
  await expect(page.locator('.talk-meta dd').first()).toHaveText('Speaker not confirmed');
});
