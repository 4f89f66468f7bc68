import { expect, hydrated, test } from '../support/fixtures';

const PAGE = '/srecon23-emea/quic-http3-mapping-vs-encapsulation/';

test('handshake race: keyboard changes the numbers, URL round-trips, bad params clamp', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${PAGE}?hr.rtt=50&hr.loss=5&hr.seed=7`);
  const widget = await hydrated(page.locator('#handshake-race'));
  const metric = (id: string) => widget.locator(`[data-metric="${id}"]`);
  await expect(metric('hr-tls12-ideal')).toHaveAttribute('data-value', '200');
  const p95 = await metric('hr-quic-p95').getAttribute('data-value');
  expect(Number(p95)).toBeGreaterThan(100);

  const rtt = widget.getByRole('slider', { name: /Round-trip time/ });
  await rtt.focus();
  await page.keyboard.press('ArrowRight');
  await expect(metric('hr-tls13-ideal')).toHaveAttribute('data-value', '153');
  await widget.getByLabel('Ladder diagram for').focus();
  await page.keyboard.press('ArrowUp');
  await expect(widget.getByRole('table', { name: /TCP \+ TLS 1.3 without loss/ })).toBeVisible();

  await widget.getByRole('button', { name: /copy link/i }).focus();
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const expected = await metric('hr-quic-p95').getAttribute('data-value');
  const second = await context.newPage();
  await second.goto(link);
  const copy = await hydrated(second.locator('#handshake-race'));
  await expect(copy.locator('[data-metric="hr-quic-p95"]')).toHaveAttribute('data-value', expected ?? '');
  await expect(copy.locator('[data-metric="hr-tls13-ideal"]')).toHaveAttribute('data-value', '153');

  await second.goto(`${PAGE}?hr.rtt=-4&hr.loss=90&hr.ladder=x`);
  const bad = await hydrated(second.locator('#handshake-race'));
  await expect(bad.getByRole('status').filter({ hasText: 'clamped to 1' })).toContainText('clamped to 20');
  await expect(bad.locator('[data-metric="hr-zerortt-ideal"]')).toHaveAttribute('data-value', '1');
  await expect(bad).not.toContainText('NaN');
});
