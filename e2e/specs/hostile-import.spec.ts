// Notes imported with pnpm notes:import are text, whatever they contain: the fixture conference
// (fixtures/import/hostile-notes.md, built by scripts/build-imported-site.mjs and served on
// E2E_PORT + 2) shows `<3`, `{x}`, `${Talk Name}`, `<options>` and script-looking text as typed,
// runs none of it, and passes axe and the strict CSP gate.

import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageCspProblems } from '@confnotes/quality';
import { builtHtmlFiles, readBuilt } from '../support/built-site';
import { importedOutDir, importedPort, skipImported } from '../support/env';
import { expect, expectAccessible, test } from '../support/fixtures';

const root = `http://127.0.0.1:${importedPort}`;
const conference = '/hostile-con-2026/';
const mesh = `${conference}service-mesh-3-legacy/`;
const fences = `${conference}headings-in-code-fences/`;
const importedDist = resolve(fileURLToPath(new URL('../../apps/site/', import.meta.url)), importedOutDir);

test.describe('an imported conference with hostile notes', () => {
  test.skip(skipImported, 'E2E_SKIP_IMPORTED=1: the imported build was not made');

  test('shows the hostile text literally and runs none of it', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.addInitScript(() => {
      (window as unknown as { __onerrorFired: boolean }).__onerrorFired = false;
      window.alert = () => {
        (window as unknown as { __onerrorFired: boolean }).__onerrorFired = true;
      };
    });
    await page.goto(root + mesh);
    const main = page.locator('main');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Service Mesh <3 legacy');
    for (const text of [
      '@mapbox <command> <options>',
      '{x}-as-code',
      `\${Talk Name}`,
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
    ]) {
      await expect(main.getByText(text, { exact: false }).first()).toBeVisible();
    }
    await expect(main.getByText('image not found: images/missing-diagram.png')).toBeVisible();
    await expect(main.locator('details summary')).toHaveText('Q&A');
    await expect(main.locator('table')).toHaveCount(1);
    await expect(main.locator('input[type="checkbox"]')).toHaveCount(2);
    // No handler attribute anywhere on the page; no script or iframe from the notes (the site's own
    // hashed module scripts live elsewhere in <main>, and the CSP test below covers them).
    await expect(page.locator('[onerror], [onclick], [onload]')).toHaveCount(0);
    await expect(main.locator('.original-notes').locator('script, iframe, style')).toHaveCount(0);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __onerrorFired: boolean }).__onerrorFired)).toBe(false);
  });

  test('publishes an SVG from the notes as drawing only, and never a non-image file', async ({ page, request }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(root + mesh);
    const main = page.locator('main');
    const drawing = main.locator('img[alt="request flow"]');
    await expect(drawing).toBeVisible();
    await expect(main.getByText('not an image file, so not published: images/slides.html')).toBeVisible();
    const src = await drawing.getAttribute('src');
    expect(src).toMatch(/\/notes-files\/hostile-con-2026\/images\/request-flow\.svg$/);
    const served = await (await request.get(root + String(src))).text();
    expect(served).toContain('<rect');
    expect(served).not.toMatch(/<script|onload|javascript:|foreignObject|iframe/i);
    // Opened directly, the SVG is a document on the site's origin: nothing in it may run. (A tab of
    // its own: Chromium asks for /favicon.ico there, a 404 the page fixture would count as an error.)
    const svgTab = await page.context().newPage();
    svgTab.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await svgTab.goto(root + String(src));
    await expect(svgTab.locator('svg rect')).toHaveCount(1);
    await svgTab.close();
    expect(dialogs).toEqual([]);
    const html = await request.get(`${root}/notes-files/hostile-con-2026/images/slides.html`);
    expect(html.status()).toBe(404);
  });

  test('keeps a heading inside a code fence as code, and titles a placeholder heading from the notes', async ({
    page,
  }) => {
    await page.goto(root + fences);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Headings in code fences');
    await expect(page.locator('main pre')).toContainText('# not a heading: a shell comment');
    await expect(page.locator('main pre')).toContainText(`echo "\${HOME}"`);
    await expect(page.getByRole('heading', { name: 'not a heading' })).toHaveCount(0);
  });

  test('the conference page lists both talks and keeps the takeaways in its other notes', async ({ page }) => {
    await page.goto(root + conference);
    await expect(page.locator(`a[href$="${mesh}"]`).first()).toBeVisible();
    await expect(page.locator(`a[href$="${fences}"]`).first()).toBeVisible();
    await expect(page.locator('main')).toContainText('Notes are text: <3 and {x} stay as typed.');
  });

  for (const path of [mesh, fences, conference]) {
    test(`${path} passes axe`, async ({ page }) => {
      await page.goto(root + path);
      await expectAccessible(page, path);
    });
  }

  test('every imported page has one strict CSP that allows each of its inline scripts and styles', () => {
    const pages = builtHtmlFiles(importedDist).filter(({ path }) => path.startsWith(conference));
    expect(pages.map((p) => p.path).sort()).toEqual([conference, fences, mesh].sort());
    const problems = pages.flatMap(({ file, path }) => pageCspProblems(readBuilt(file)).map((p) => `${path}: ${p}`));
    expect(problems).toEqual([]);
  });
});
