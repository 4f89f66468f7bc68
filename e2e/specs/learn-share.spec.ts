import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, pagePaths } from '../support/built-site';
import { expect, expectAccessible, hydrated, test, useTheme } from '../support/fixtures';

const TALK = '/srecon23-emea/symptom-based-alerting-for-ml/';
const TALK_IDS = [
  'srecon23-emea/ebpf-superpowers-for-sre',
  'srecon23-emea/symptom-based-alerting-for-ml',
  'srecon23-emea/reliability-enhancing-procedures',
  'srecon23-emea/quic-http3-mapping-vs-encapsulation',
  'srecon23-emea/deploying-and-debugging-http3',
];

test('a heading link copies the section URL and announces it (mouse and keyboard)', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(TALK);
  const anchor = page.locator('a.sl-anchor-link[href="#in-short"]');
  await anchor.click();
  await expect(page.getByRole('status').filter({ hasText: 'Link to “In short” copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    new RegExp(`^http://127\\.0\\.0\\.1:\\d+${TALK}#in-short$`),
  );
  await page.evaluate(() => navigator.clipboard.writeText(''));
  const other = page.locator('a.sl-anchor-link[href="#discuss"]');
  await other.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Link to “Discuss” copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/#discuss$/);
});

test('a copied widget link reproduces exactly the same numbers in a new page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/srecon23-emea/deploying-and-debugging-http3/');
  const field = page.getByLabel(/Alt-Svc header value/);
  const widget = page.locator('.cn-widget').filter({ has: field });
  await hydrated(widget);
  await field.fill('h3="alt.example.net:8443"; ma=120; persist=1, h2=":443"; ma=7200, h3=:bad');
  await expect(widget.locator('[data-metric="as-errors"]')).not.toHaveAttribute('data-value', '0');
  const numbers = () =>
    widget
      .locator('[data-metric]')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-metric'), e.getAttribute('data-value')]));
  const before = await numbers();
  expect(before.length).toBeGreaterThan(3);
  await widget.getByRole('button', { name: /Copy link/ }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());

  const fresh = await context.newPage();
  await fresh.goto(copied);
  const reopened = fresh.locator('.cn-widget').filter({ has: fresh.getByLabel(/Alt-Svc header value/) });
  await hydrated(reopened);
  await expect(fresh.getByLabel(/Alt-Svc header value/)).toHaveValue(
    'h3="alt.example.net:8443"; ma=120; persist=1, h2=":443"; ma=7200, h3=:bad',
  );
  const after = await reopened
    .locator('[data-metric]')
    .evaluateAll((els) => els.map((e) => [e.getAttribute('data-metric'), e.getAttribute('data-value')]));
  expect(after).toEqual(before);
});

test('the feed is well-formed RSS listing every talk, and every link in it exists', async ({ page, request }) => {
  const response = await request.get('/rss.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  await page.goto('/');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      links: [...doc.querySelectorAll('item > link')].map((l) => l.textContent ?? ''),
      titles: [...doc.querySelectorAll('item > title')].map((t) => t.textContent ?? ''),
      dates: [...doc.querySelectorAll('item > pubDate')].map((t) => t.textContent ?? ''),
    };
  }, xml);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('rss');
  expect(parsed.links.map((l) => new URL(l).pathname).sort()).toEqual(TALK_IDS.map((id) => `/${id}/`).sort());
  expect(parsed.dates.every((d) => !Number.isNaN(Date.parse(d)))).toBe(true);
  for (const link of parsed.links) expect((await request.get(new URL(link).pathname)).status(), link).toBe(200);
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/rss.xml');
});

test('the sitemap is well-formed and every URL in it is a built page', async ({ page }) => {
  const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
  await page.goto('/');
  const check = (text: string) =>
    page.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        locs: [...doc.getElementsByTagName('loc')].map((l) => l.textContent ?? ''),
      };
    }, text);
  const parsedIndex = await check(index);
  expect(parsedIndex.error).toBeNull();
  const built = new Set(pagePaths());
  const urls: string[] = [];
  for (const loc of parsedIndex.locs) {
    const sitemap = await check(readFileSync(join(distDir, new URL(loc).pathname), 'utf8'));
    expect(sitemap.error).toBeNull();
    urls.push(...sitemap.locs);
  }
  const missing = urls.map((u) => new URL(u).pathname).filter((p) => !built.has(p));
  expect(missing).toEqual([]);
  for (const path of ['/paths/sre-onboarding/', '/tags/', ...TALK_IDS.map((id) => `/${id}/`)]) {
    expect(urls.map((u) => new URL(u).pathname)).toContain(path);
  }
});

test('each talk has a 1200×630 PNG social card named in its Open Graph and Twitter meta', async ({ page, request }) => {
  for (const id of TALK_IDS) {
    await page.goto(`/${id}/`);
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    const twitter = await page.locator('meta[name="twitter:image"]').getAttribute('content');
    expect(og).toBe(twitter);
    const url = new URL(og ?? '');
    expect(url.pathname).toBe(`/og/${id}.png`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/${id}/$`));
    const response = await request.get(url.pathname);
    expect(response.status()).toBe(200);
    const png = await response.body();
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }
});

test('the talk header shows the reading time; tags link to tag pages that list the talk', async ({ page }) => {
  await page.goto(TALK);
  await expect(page.locator('.reading-time')).toHaveText(/^\s*\d+ min read/);
  await page.locator('.talk-meta').getByRole('link', { name: 'drift' }).click();
  await expect(page).toHaveURL(/\/tags\/drift\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tag: drift');
  await expect(page.locator('.topic-talks li')).toContainText(['Symptom-based Alerting']);
  await page.getByRole('link', { name: 'All tags' }).click();
  await expect(page.getByRole('link', { name: 'machine learning' })).toBeVisible();
});

test('the session plan gives timing, demos and the page\u2019s Discuss questions', async ({ page }) => {
  await page.goto(TALK);
  const questions = await page.locator('h2#discuss').locator('xpath=following::ol[1]/li').allTextContents();
  await page.getByRole('link', { name: /^Session plan/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Session plan: /);
  await expect(page.locator('main p').filter({ hasText: /^\s*About \d+ (h|min)\b/ })).toHaveCount(1);
  const planned = await page.locator('h2#discussion').locator('xpath=following::ol[1]/li').allTextContents();
  expect(planned.map((q) => q.replace(/\s+/g, ' ').trim())).toEqual(
    questions.map((q) => q.replace(/\s+/g, ' ').trim()),
  );
  const tryIt = page.getByRole('link', { name: 'open the “Try it” slide' });
  await tryIt.click();
  await expect(page.locator('[data-slides] h2:visible')).toHaveText(['Try it']);
});

test('print hides the site chrome and controls but keeps the text', async ({ page }) => {
  await page.goto(TALK);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.header')).toBeHidden();
  await expect(page.locator('#starlight__sidebar')).toBeHidden();
  await expect(page.locator('.present-links')).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'In short' })).toBeVisible();
  await expect(page.locator('.sl-markdown-content table').first()).toBeVisible();
});

for (const [path, name] of [
  ['/tags/', 'tags'],
  ['/present/srecon23-emea/symptom-based-alerting-for-ml/plan/', 'session plan'],
] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`the ${name} page is accessible in ${theme} mode`, async ({ page }) => {
      await useTheme(page, theme);
      await page.goto(path);
      await expectAccessible(page, `${name} ${theme}`);
    });
  }
}
