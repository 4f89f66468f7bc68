// Navigation built from the content collection: the sidebar, the home page's recent
// conferences, the All conferences page and the conference overview.
import { expect, test } from '../support/fixtures';

const dayOne = 'Day 1 · Tue 10 Oct 2023';
const talksInOrder = [
  'eBPF Superpowers for SRE',
  'Symptom-based Alerting for Machine Learning',
  'Reliability Enhancing Procedures',
  'Over, Under, Around, and Through: A Detailed Comparison of QUIC and HTTP/3 Application Mapping vs. Protocol Encapsulation',
  'Deploying and Debugging HTTP/3',
];

test('the sidebar groups the conference’s talks under its day, in program order, with short labels', async ({
  page,
}) => {
  await page.goto('/srecon23-emea/reliability-enhancing-procedures/');
  const sidebar = page.locator('#starlight__sidebar');
  await expect(sidebar.getByRole('link', { name: 'All conferences' })).toHaveAttribute('href', '/conferences/');
  // The innermost group whose summary names the day (the conference's group contains it too).
  const day = sidebar
    .locator('details')
    .filter({ has: page.locator('summary', { hasText: dayOne }) })
    .last();
  await expect(day.getByRole('link')).toHaveText([
    'eBPF Superpowers for SRE',
    'Symptom-based alerting for ML',
    'Reliability enhancing procedures',
    'QUIC and HTTP/3: mapping vs encapsulation',
    'Deploying and debugging HTTP/3',
  ]);
  await expect(sidebar.getByRole('link', { name: 'Conference overview' })).toHaveAttribute('href', '/srecon23-emea/');
});

test('outside a conference the sidebar carries each conference as one link', async ({ page }) => {
  await page.goto('/glossary/');
  const sidebar = page.locator('#starlight__sidebar');
  await expect(sidebar.getByRole('link', { name: 'SREcon23 EMEA', exact: true })).toHaveAttribute(
    'href',
    '/srecon23-emea/',
  );
  await expect(sidebar.getByRole('link', { name: 'Conference overview' })).toHaveCount(0);
  await expect(sidebar.getByRole('link', { name: 'eBPF Superpowers for SRE' })).toHaveCount(0);
});

test('home shows the recent conference with its date and links All conferences', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'SREcon23 EMEA · Tue 10 Oct 2023' })).toBeVisible();
  await expect(page.locator('.talk-card h3')).toHaveText(talksInOrder);
  await page.locator('main').getByRole('link', { name: 'All conferences' }).first().click();
  await expect(page).toHaveURL(/\/conferences\/$/);
});

test('All conferences lists each conference with its date, talk count and days', async ({ page }) => {
  await page.goto('/conferences/');
  await expect(page.getByRole('heading', { level: 1, name: 'All conferences' })).toBeVisible();
  const row = page.getByRole('row', { name: /SREcon23 EMEA/ });
  await expect(row.getByRole('cell')).toHaveText(['Tue 10 Oct 2023', '5', dayOne]);
  await row.getByRole('link', { name: 'SREcon23 EMEA' }).click();
  await expect(page).toHaveURL(/\/srecon23-emea\/$/);
});

test('the conference page opens with an overview: days, talks, slots, rooms and honest speakers', async ({ page }) => {
  await page.goto('/srecon23-emea/');
  const overview = page.getByRole('region', { name: 'Conference overview' });
  await expect(overview.getByRole('heading', { level: 3 })).toHaveText([dayOne]);
  const items = overview.getByRole('listitem');
  await expect(items.getByRole('link')).toHaveText(talksInOrder);
  await expect(items.nth(0)).toContainText('09:00–09:45 (Europe/Dublin) · The Liffey · Liz Rice (Isovalent)');
  await expect(items.nth(1)).toContainText('slot not confirmed · room not confirmed · Speaker not confirmed');
  await expect(items.nth(4)).toContainText('14:50–15:30 (Europe/Dublin) · room not confirmed · Robin Marx (Akamai)');
  // The hand-written table stays below it.
  await expect(page.getByRole('heading', { level: 2, name: 'Day 1 at a glance' })).toBeVisible();
});

test('a tag page groups its talks by year, then conference, each with its stage', async ({ page }) => {
  await page.goto('/tags/quic/');
  await expect(page.locator('.sl-markdown-content').getByRole('heading', { level: 2 })).toHaveText(['2023']);
  const conference = page.getByRole('heading', { level: 3, name: 'SREcon23 EMEA' });
  await expect(conference.getByRole('link')).toHaveAttribute('href', '/srecon23-emea/');
  await expect(page.locator('.topic-talks li a')).toHaveText([talksInOrder[3] ?? '', talksInOrder[4] ?? '']);
  await expect(page.locator('.topic-talks li').first()).toContainText('Lucas Pardue (Cloudflare) · Day 1');
  await expect(page.locator('.topic-talks li .stage-badge')).toHaveText(['Stage: Complete', 'Stage: Complete']);
  // Two talks fit on one page: no page navigation.
  await expect(page.getByRole('navigation', { name: /Pages of/ })).toHaveCount(0);
});
