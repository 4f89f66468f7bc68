import { expect, expectAccessible, hydrated, test, useTheme } from '../support/fixtures';

const PAGE = '/srecon23-emea/reliability-enhancing-procedures/';

test('the three reliability demos fit a 360 px phone in the dark theme and stay axe clean', async ({ page }) => {
  await useTheme(page, 'dark');
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(PAGE);
  for (const id of ['roast-board', 'slo-planner', 'rpo-rto-planner']) {
    const widget = page.locator(`#${id}`);
    await hydrated(widget.getByRole('button', { name: /^Copy link/ }));
    const overflow = await widget.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow, `${id} overflows at 360 px`).toBeLessThanOrEqual(1);
  }
  const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(pageOverflow).toBeLessThanOrEqual(1);
  await expectAccessible(page, 'at 360 px, dark theme');
});
