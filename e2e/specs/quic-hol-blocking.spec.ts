import { expect, hydrated, test } from '../support/fixtures';

const PAGE = '/srecon23-emea/quic-http3-mapping-vs-encapsulation/';

test('head-of-line blocking: worker recomputes on keyboard input, URL round-trips, bad params clamp', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The link's state differs from the static render, so hydration already hands it to the Worker.
  const worker = page.waitForEvent('worker');
  await page.goto(`${PAGE}?hol.n=4&hol.loss=0`);
  const widget = await hydrated(page.locator('#hol-blocking'));
  expect((await worker).url()).toMatch(/worker/);
  const metric = (id: string) => widget.locator(`[data-metric="${id}"]`);
  await expect(metric('hol-mean-blocked')).toHaveAttribute('data-value', '0');

  const loss = widget.getByRole('slider', { name: /Packet loss/ });
  await loss.focus();
  await page.keyboard.press('End');
  await expect(metric('hol-mean-blocked')).not.toHaveAttribute('data-value', '0');
  const tcp = Number(await metric('hol-tcp-p95').getAttribute('data-value'));
  const quic = Number(await metric('hol-quic-p95').getAttribute('data-value'));
  expect(tcp).toBeGreaterThan(quic);
  await expect(widget.getByRole('img', { name: /Histogram of per-stream completion times/ })).toBeVisible();

  await widget.getByRole('button', { name: /copy link/i }).focus();
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('hol.loss=10');
  const p99 = await metric('hol-tcp-p99').getAttribute('data-value');
  const second = await context.newPage();
  await second.goto(link);
  const copy = await hydrated(second.locator('#hol-blocking'));
  await expect(copy.locator('[data-metric="hol-tcp-p99"]')).toHaveAttribute('data-value', p99 ?? '');

  await second.goto(`${PAGE}?hol.n=500&hol.rtt=x`);
  const bad = await hydrated(second.locator('#hol-blocking'));
  await expect(bad.getByRole('status').filter({ hasText: 'clamped to 32' })).toContainText('not a number');
  await expect(bad).not.toContainText('NaN');
});
