import { expect, expectAccessible, hydrated, test } from '../support/fixtures';

const PAGE = '/srecon23-emea/deploying-and-debugging-http3/';

test('Alt-Svc parser: URL state, keyboard typing, caret errors, copy link, axe', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${PAGE}?as.header=${encodeURIComponent('h2=":8443"; ma=60')}#alt-svc-parser`);
  const widget = await hydrated(page.locator('#alt-svc-parser'));
  const metric = (id: string) => widget.locator(`[data-metric="${id}"]`);
  await expect(metric('as-port-0')).toHaveAttribute('data-value', '8443');
  await expect(metric('as-ma-0')).toHaveAttribute('data-value', '60');

  await widget.getByLabel(/Alt-Svc header value/).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('h3=":443"; ma=1d');
  await expect(widget.getByRole('alert')).toContainText('Column 15: ma must be a whole number');
  await expectAccessible(page, 'with an Alt-Svc error shown');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('60');
  await expect(metric('as-alternatives')).toHaveAttribute('data-value', '1');
  await expect(metric('as-ma-0')).toHaveAttribute('data-value', '60');
  await expect(widget.getByRole('alert')).toHaveCount(0);
  await expect(page).toHaveURL(/as\.header=/);

  await widget.getByRole('button', { name: /copy link/i }).focus();
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const second = await context.newPage();
  await second.goto(link);
  const copy = await hydrated(second.locator('#alt-svc-parser'));
  await expect(copy.locator('[data-metric="as-ma-0"]')).toHaveAttribute('data-value', '60');
  await expect(copy.locator('[data-metric="as-alternatives"]')).toHaveAttribute('data-value', '1');
  await expectAccessible(page, 'after using the Alt-Svc parser');
});

test('Alt-Svc parser: an invalid header in the link falls back with a notice', async ({ page }) => {
  await page.goto(`${PAGE}?as.header=${encodeURIComponent('h3="\u00e9:1"')}`);
  const widget = await hydrated(page.locator('#alt-svc-parser'));
  await expect(widget.locator('.cn-notice').first()).toContainText(
    'Alt-Svc header: the value in the link is not valid',
  );
  await expect(widget.locator('[data-metric="as-alternatives"]')).toHaveAttribute('data-value', '2');
});

test('Alt-Svc parser: "clear" inside a list invalidates the alternatives beside it (RFC 7838 §3)', async ({ page }) => {
  await page.goto(`${PAGE}?as.header=${encodeURIComponent('h2=":443"; ma=86400, clear')}`);
  const widget = await hydrated(page.locator('#alt-svc-parser'));
  await expect(widget.locator('[data-metric="as-alternatives"]')).toHaveAttribute('data-value', '0');
  await expect(widget.locator('[data-metric="as-clear"]')).toHaveAttribute('data-value', '1');
});
