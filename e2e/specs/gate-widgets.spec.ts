// Quality gate for every widget on every page, whoever wrote it: after hydration and a keyboard
// interaction the page has no axe violations (dark theme here; light is covered before
// interaction by pages.spec.ts and by each widget's spec), and every control in each widget is
// reachable by Tab, named, and shows a focus indicator.
import { pageScripts } from '@confnotes/quality';
import { builtHtmlFiles, readBuilt } from '../support/built-site';
import { expect, expectAccessible, test, useTheme } from '../support/fixtures';
import { hydrateAll, islands, keyboardWalk, operateFirstControl } from '../support/widget-walk';

const widgetPages = builtHtmlFiles()
  .filter(({ path, file }) => path !== '/404.html' && pageScripts(readBuilt(file)).islands.length > 0)
  .map(({ path }) => path);

test('the build has pages with widgets to check', () => {
  expect(widgetPages.length).toBeGreaterThan(0);
});

for (const path of widgetPages) {
  test(`${path}: every widget hydrates, works by keyboard and stays accessible after use`, async ({ page }) => {
    test.slow();
    await useTheme(page, 'dark');
    await page.goto(path);
    const shown = await hydrateAll(page);
    test.skip(shown.length === 0, 'no widget is visible on this page without interaction (presentation mode)');
    for (const i of shown) {
      const island = islands(page).nth(i);
      const name = (await island.getAttribute('component-export')) ?? `island ${i + 1}`;
      await keyboardWalk(page, island, name);
      await operateFirstControl(page, island);
    }
    await expectAccessible(page, `after operating the widgets on ${path} (dark)`);
  });
}
