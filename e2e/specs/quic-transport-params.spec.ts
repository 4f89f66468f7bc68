import { expect, hydrated, test } from '../support/fixtures';

const PAGE = '/srecon23-emea/quic-http3-mapping-vs-encapsulation/';

test('transport-parameter playground: keyboard reproduces scenarios B and C, link round-trips', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(PAGE);
  const widget = await hydrated(page.locator('#transport-params'));
  const metric = (id: string) => widget.locator(`[data-metric="${id}"]`);
  await expect(metric('tp-outcome')).toHaveAttribute('data-value', 'works');

  const slider = widget.getByRole('slider', { name: "Client's initial_max_streams_uni" });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(metric('tp-outcome')).toHaveAttribute('data-value', 'close-0xff');
  await expect(metric('tp-server-open')).toHaveAttribute('data-value', '0');
  await expect(widget).toContainText('Error opening control stream');

  await widget.getByRole('radio', { name: /Local quiche-server/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(metric('tp-outcome')).toHaveAttribute('data-value', 'stall');
  await expect(metric('tp-retransmit-10')).toHaveAttribute('data-value', '27573');

  await widget.getByRole('button', { name: /copy link/i }).focus();
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/tp\.c=0/);
  expect(link).toMatch(/tp\.peer=edge/);
  const second = await context.newPage();
  await second.goto(link);
  const copy = await hydrated(second.locator('#transport-params'));
  await expect(copy.locator('[data-metric="tp-outcome"]')).toHaveAttribute('data-value', 'stall');
});

test('transport-parameter playground: bad URL params are clamped with a notice', async ({ page }) => {
  await page.goto(`${PAGE}?tp.c=2&tp.s=42&tp.peer=cdn`);
  const widget = await hydrated(page.locator('#transport-params'));
  await expect(widget.getByRole('status').filter({ hasText: 'clamped to 5' })).toBeVisible();
  await expect(widget.getByRole('status').filter({ hasText: 'Peer behaviour' })).toBeVisible();
  await expect(widget.locator('[data-metric="tp-outcome"]')).toHaveAttribute('data-value', 'not-in-traces');
  await expect(widget.locator('[data-metric="tp-client-open"]')).toHaveAttribute('data-value', '4');
});
