// The search page: Pagefind filters (conference, year, tag, stage, speaker) with the state in
// the URL, so a shared link opens the same results; and Starlight's own search dialog still works.

import { statSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { builtHtmlFiles } from '../support/built-site';
import { importedPort, skipImported } from '../support/env';
import { expect, expectAccessible, test } from '../support/fixtures';
import { searchFor } from '../support/search';

const quicTalks = ['Deploying and Debugging HTTP/3', 'Over, Under, Around, and Through'];

/** Opens the search page (optionally with a query string) and waits until its filters are built. */
async function openSearch(page: Page, query = ''): Promise<void> {
  await page.goto(`/search/${query}`);
  await expect(page.getByRole('group', { name: 'Tag', exact: true })).toBeVisible();
}

function results(page: Page) {
  return page.locator('.search-result');
}

/** The result titles (their start, up to a colon) once `count` results show, sorted: a filter-only search has no ranking. */
async function resultTitles(page: Page, count: number): Promise<string[]> {
  await expect(results(page)).toHaveCount(count);
  const titles = await results(page).locator('.search-result-title').allTextContents();
  return titles.map((t) => t.split(':')[0]?.trim() ?? '').sort();
}

test('a tag and a stage chosen with the keyboard show only the matching talks, with conference and stage', async ({
  page,
}) => {
  await openSearch(page);
  await expect(page.getByRole('status')).toHaveText('Type a word or choose a filter to search the talks.');
  const quic = page
    .getByRole('group', { name: 'Tag', exact: true })
    .getByRole('checkbox', { name: /^quic \(2 talks\)$/ });
  await quic.focus();
  await page.keyboard.press('Space');
  const complete = page.getByRole('group', { name: 'Stage' }).getByRole('checkbox', { name: /^Complete/ });
  await complete.focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('status')).toHaveText('2 talks match.');
  expect(await resultTitles(page, 2)).toEqual(quicTalks);
  for (const result of await results(page).all()) {
    await expect(result.locator('.search-result-conference')).toHaveText('SREcon23 EMEA');
    await expect(result.locator('.search-result-stage')).toHaveText('Stage: Complete');
  }
  await expect(page).toHaveURL(/\/search\/\?tag=quic&stage=complete$/);

  await page.getByRole('searchbox', { name: 'Search text' }).fill('masque');
  await expect(page.getByRole('status')).toHaveText('1 talk matches.');
  expect(await resultTitles(page, 1)).toEqual([quicTalks[1]]);
  await expect(results(page).locator('mark').first()).toHaveText(/masque/i);
  await expect(page).toHaveURL(/\/search\/\?q=masque&tag=quic&stage=complete$/);
  await expectAccessible(page, 'on the search page with results');
});

test('a shared search link opens the same results with the same filters checked', async ({ page }) => {
  await openSearch(page, '?tag=quic&stage=complete');
  await expect(page.getByRole('checkbox', { name: /^quic/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Complete/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^ebpf/ })).not.toBeChecked();
  await expect(page.getByRole('status')).toHaveText('2 talks match.');
  expect(await resultTitles(page, 2)).toEqual(quicTalks);
  // Values of one filter are alternatives: an eBPF or an SLO talk.
  await openSearch(page, '?tag=ebpf&tag=slo');
  expect(await resultTitles(page, 2)).toEqual(['Reliability Enhancing Procedures', 'eBPF Superpowers for SRE']);
  await expect(results(page).filter({ hasText: 'Reliability' })).toContainText('Speaker not confirmed');
});

test('a result title links to the talk, and a matching section links to its heading', async ({ page }) => {
  await openSearch(page, '?q=verifier&tag=ebpf');
  const result = results(page).first();
  await expect(result.locator('.search-result-title a')).toHaveAttribute(
    'href',
    '/srecon23-emea/ebpf-superpowers-for-sre/',
  );
  await expect(result.locator('.search-result-sections a').first()).toHaveAttribute(
    'href',
    /^\/srecon23-emea\/ebpf-superpowers-for-sre\/#[a-z0-9-]+$/,
  );
});

test('unknown filters and values in a link are ignored with a visible notice', async ({ page }) => {
  await openSearch(page, `?colour=red&tag=no-such-tag&tag=ebpf&q=${'x'.repeat(300)}`);
  const notices = page.getByRole('list', { name: 'Changes made to the search link' });
  await expect(notices).toContainText('Ignored the unknown filter “colour”.');
  await expect(notices).toContainText('Ignored tag “no-such-tag”: no talk has it.');
  await expect(notices).toContainText('Shortened the search text to its first 200 characters.');
  await expect(page.getByRole('checkbox', { name: /^ebpf/ })).toBeChecked();
  await expect(page.getByRole('searchbox', { name: 'Search text' })).toHaveValue('x'.repeat(200));
});

test('the search page is linked from the home page and the sidebar, and Starlight’s dialog still finds a talk', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Search talks' }).first().click();
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search talks' }),
  ).toHaveAttribute('aria-current', 'page');
  const dialog = await searchFor(page, 'eBPF');
  await expect(dialog.getByRole('link', { name: /eBPF Superpowers for SRE/ }).first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page explains it needs JavaScript and links to the browse pages', async ({ page }) => {
    await page.goto('/search/');
    const main = page.locator('main');
    await expect(main.getByText(/needs JavaScript/)).toBeVisible();
    for (const name of ['conference', 'tag', 'speaker']) {
      await expect(main.getByRole('link', { name, exact: true })).toBeVisible();
    }
    await expect(main.getByRole('search')).toBeHidden();
  });
  test('the page lists no talks itself, so its HTML does not grow with the notes', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.locator('main a[href*="/srecon23-emea/"]')).toHaveCount(0);
    const built = builtHtmlFiles().find((f) => f.path === '/search/');
    expect(statSync(built?.file ?? '').size).toBeLessThan(100_000);
  });
});

test.describe('on the build with the imported hostile notes', () => {
  test.skip(skipImported, 'E2E_SKIP_IMPORTED=1: the imported build was not made');
  const imported = `http://127.0.0.1:${importedPort}/search/`;

  test('an unconfirmed speaker is a filter value, and the result says "unconfirmed"', async ({ page }) => {
    await page.goto(`${imported}?speaker=Jane+Doe`);
    await expect(page.getByRole('checkbox', { name: /^Jane Doe/ })).toBeChecked();
    const result = results(page).filter({ hasText: 'Service Mesh <3 legacy' });
    await expect(result.locator('.search-result-speakers')).toHaveText('Jane Doe (unconfirmed)');
    await expect(result.locator('.search-result-stage')).toHaveText('Stage: Notes only');
    await expect(result.locator('.search-result-conference')).toHaveText('Hostile Con 2026');
  });

  test('excerpts of hostile notes read as typed, with only <mark> elements inside', async ({ page }) => {
    await page.goto(`${imported}?q=options`);
    await expect(page.locator('.search-excerpt').filter({ hasText: '<options>' }).first()).toBeVisible();
    const tags = await page.locator('.search-excerpt *').evaluateAll((els) => els.map((el) => el.tagName));
    expect(new Set(tags)).toEqual(new Set(['MARK']));
  });
});
