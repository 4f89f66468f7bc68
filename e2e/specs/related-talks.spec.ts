// Related talks and "Mentioned in" at the end of each talk page, from shared tags, glossary
// terms and links between pages.
import { expect, test } from '../support/fixtures';

test('a talk page lists its related talks strongest first, with the reason, and where it is mentioned', async ({
  page,
}) => {
  await page.goto('/srecon23-emea/quic-http3-mapping-vs-encapsulation/');
  const related = page.getByRole('region', { name: 'Related talks' });
  const first = related.getByRole('listitem').first();
  await expect(first.getByRole('link')).toHaveText('Deploying and Debugging HTTP/3');
  await expect(first).toContainText('shares tags: http3, quic; terms:');
  await expect(first).toContainText('QUIC');
  const mentions = related.getByRole('list').last();
  await expect(related.getByRole('heading', { level: 3, name: 'Mentioned in' })).toBeVisible();
  await expect(mentions.getByRole('link', { name: 'SREcon23 EMEA' })).toHaveAttribute('href', '/srecon23-emea/');
  await first.getByRole('link').click();
  await expect(page).toHaveURL(/\/srecon23-emea\/deploying-and-debugging-http3\/$/);
});

test('pages that are not talks carry no related-talks block', async ({ page }) => {
  await page.goto('/srecon23-emea/');
  await expect(page.getByRole('heading', { name: 'Conference overview' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Related talks' })).toHaveCount(0);
});
