import { expect, expectAccessible, test, useTheme } from '../support/fixtures';

const TALK = '/srecon23-emea/symptom-based-alerting-for-ml/';

test('prose links the first mention of a term to the glossary, never in headings, code, links or the notes', async ({
  page,
}) => {
  await page.goto(TALK);
  const terms = page.locator('.sl-markdown-content a[data-glossary]');
  expect(await terms.count()).toBeGreaterThan(3);
  const ids = await terms.evaluateAll((as) => as.map((a) => a.getAttribute('data-glossary')));
  expect(new Set(ids).size, 'each term is linked once per page').toBe(ids.length);
  await expect(page.locator(':is(h1, h2, h3, h4, code, pre, .original-notes, .katex) a[data-glossary]')).toHaveCount(0);
  await expect(page.locator('a a[data-glossary], a[data-glossary] a')).toHaveCount(0);
  const first = terms.first();
  await expect(first).toHaveAttribute('href', /^\/glossary\/#[a-z0-9-]+$/);
});

test('hover shows the definition in a tooltip that can itself be hovered, and Esc dismisses it', async ({ page }) => {
  await page.goto(TALK);
  const term = page.locator('a[data-glossary="psi"]');
  const definition = (await term.getAttribute('data-definition')) ?? '';
  expect(definition.length).toBeGreaterThan(20);
  await term.hover();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(definition);
  await expect(term).toHaveAttribute('aria-describedby', 'glossary-tooltip');
  await tooltip.hover();
  await page.waitForTimeout(400);
  await expect(tooltip, 'WCAG 1.4.13: the pop-up stays while hovered').toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
  await expect(term).not.toHaveAttribute('aria-describedby', /.*/);
  await expect(page, 'Esc does not navigate').toHaveURL(new RegExp(`${TALK}$`));
});

test('keyboard focus shows the definition; leaving hides it', async ({ page }) => {
  await page.goto(TALK);
  const term = page.locator('a[data-glossary]').first();
  await term.focus();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText((await term.getAttribute('data-definition')) ?? '');
  await page.keyboard.press('Tab');
  await expect(tooltip).toBeHidden();
});

test.describe('touch', () => {
  test.use({ hasTouch: true });
  test('the first tap shows the definition, the second follows the link', async ({ page }) => {
    await page.goto(TALK);
    const term = page.locator('a[data-glossary="psi"]');
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${TALK}$`));
    await term.tap();
    await expect(page).toHaveURL(/\/glossary\/#psi$/);
  });
});

for (const theme of ['light', 'dark'] as const) {
  test(`an open glossary pop-up is accessible in ${theme} mode`, async ({ page }) => {
    await useTheme(page, theme);
    await page.goto('/srecon23-emea/ebpf-superpowers-for-sre/');
    await page.locator('a[data-glossary]').first().focus();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await expectAccessible(page, `glossary tooltip ${theme}`);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('glossary terms are plain links to their definition', async ({ page }) => {
    await page.goto(TALK);
    const term = page.locator('a[data-glossary="psi"]');
    await term.click();
    await expect(page).toHaveURL(/\/glossary\/#psi$/);
    await expect(page.locator('dt#psi')).toBeVisible();
  });
});
