// Talk pages show their notes file (content/<conf>/notes/<slug>.md) verbatim under "The notes",
// in the table of contents too, and show their stage on the page, on cards and in search.
import { expect, test } from '../support/fixtures';
import { searchFor } from '../support/search';

const ML = '/srecon23-emea/symptom-based-alerting-for-ml/';

test('the notes file renders under The notes, its heading nested, the team edit marked', async ({ page }) => {
  await page.goto(ML);
  const notes = page.locator('#the-notes').locator('xpath=../following-sibling::div[1]');
  await expect(notes).toHaveClass('original-notes');
  await expect(notes.getByRole('heading', { level: 3, name: 'Symptom-based Alerting for Machine Learning' })).toHaveId(
    'notes.symptom-based-alerting-for-machine-learning',
  );
  await expect(notes.locator('ins[title="edit: typo"]')).toHaveText('[Kolmogorov–Smirnov]');
  await expect(notes).toContainText('kolmorogov-smirnov');
  const links = page.locator('#links-in-the-notes + p + ul.notes-links');
  await expect(links.getByRole('link')).toHaveText(['https://research.google/pubs/pub46555/']);
  await expect(page.locator('ul.notes-links + p')).toContainText('Edits:');
});

test('the table of contents lists The notes with the notes headings inside it', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(ML);
  const toc = page.locator('starlight-toc nav');
  const theNotes = toc.getByRole('link', { name: 'The notes', exact: true });
  await expect(theNotes).toHaveAttribute('href', '#the-notes');
  const nested = theNotes.locator('xpath=following-sibling::ul[1]');
  await expect(nested.getByRole('link')).toHaveText([
    'Symptom-based Alerting for Machine Learning',
    'Links in the notes',
  ]);
});

test('the stage shows as a badge on the page and on its card', async ({ page }) => {
  await page.goto(ML);
  await expect(page.locator('.stage-badge')).toHaveText('Stage: Complete');
  await page.goto('/');
  await expect(page.locator('.talk-card .stage-badge')).toHaveText(Array(5).fill('Stage: Complete'));
  await page.goto('/srecon23-emea/');
  await expect(page.locator('.conference-overview .stage-badge')).toHaveText(Array(5).fill('Stage: Complete'));
});

test('search results show the stage beside the talk title', async ({ page }) => {
  await page.goto('/');
  const dialog = await searchFor(page, 'Kolmogorov');
  await expect(
    dialog.getByRole('link', { name: 'Symptom-based Alerting for Machine Learning · Complete' }).first(),
  ).toBeVisible();
});
