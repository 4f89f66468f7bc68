import { pagePaths } from '../support/built-site';
import { expect, expectAccessible, test, useTheme } from '../support/fixtures';

const paths = pagePaths();

test('the build has the home page, the overview, five talks, the glossary and All conferences', () => {
  for (const p of [
    '/',
    '/srecon23-emea/',
    '/srecon23-emea/ebpf-superpowers-for-sre/',
    '/srecon23-emea/symptom-based-alerting-for-ml/',
    '/srecon23-emea/reliability-enhancing-procedures/',
    '/srecon23-emea/quic-http3-mapping-vs-encapsulation/',
    '/srecon23-emea/deploying-and-debugging-http3/',
    '/glossary/',
    '/conferences/',
  ]) {
    expect(paths).toContain(p);
  }
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    for (const path of paths) {
      test(`${path} has no axe violations and no console errors`, async ({ page }) => {
        await useTheme(page, theme);
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expect(page.locator('h1').first()).toBeVisible();
        await expectAccessible(page, `on ${path} (${theme})`);
      });
    }
  });
}
