import { expect, hydrated, test } from '../support/fixtures';

const PAGE = '/srecon23-emea/quic-http3-mapping-vs-encapsulation/';

test('stream-ID decoder: URL state, keyboard, copy link, bad params', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${PAGE}?sid.id=0x3`);
  const widget = await hydrated(page.locator('#stream-id-decoder'));
  const metric = (id: string) => widget.locator(`[data-metric="${id}"]`);
  await expect(metric('sid-initiator')).toHaveAttribute('data-value', 'server');
  await expect(metric('sid-sequence')).toHaveAttribute('data-value', '0');

  const input = widget.getByLabel('Stream ID', { exact: true });
  await input.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('14');
  await expect(metric('sid-role')).toHaveAttribute('data-value', 'client stream of a reserved (GREASE) type');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('1.5');
  await expect(widget.getByRole('alert')).toContainText('must be a whole number');
  // Typing "1.5" passes through the valid "1", which stays in use until the field is fixed.
  await expect(widget).toContainText('Showing the last valid value, 1,');
  await expect(metric('sid-sequence')).toHaveAttribute('data-value', '0');

  const preset = widget.getByRole('button', { name: '10', exact: true });
  await preset.focus();
  await page.keyboard.press('Enter');
  await expect(metric('sid-summary')).toHaveAttribute('data-value', "the client's 3rd unidirectional stream");
  await expect(page).toHaveURL(/sid\.id=10/);

  await widget.getByRole('button', { name: /copy link/i }).focus();
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('sid.id=10');
  expect(link).toMatch(/#stream-id-decoder$/);

  const second = await context.newPage();
  await second.goto(link);
  const copy = await hydrated(second.locator('#stream-id-decoder'));
  await expect(copy.locator('[data-metric="sid-summary"]')).toHaveAttribute(
    'data-value',
    "the client's 3rd unidirectional stream",
  );

  await second.goto(`${PAGE}?sid.id=-5`);
  const bad = await hydrated(second.locator('#stream-id-decoder'));
  await expect(bad.getByRole('status').filter({ hasText: 'Stream ID' })).toContainText('the default is used');
  await expect(bad.locator('[data-metric="sid-sequence"]')).toHaveAttribute('data-value', '1');
});

test('GREASE checker: trace values, keyboard input, URL round-trip, bad params', async ({ page }) => {
  await page.goto(`${PAGE}?gr.v=0x5f`);
  const widget = await hydrated(page.locator('#grease-checker'));
  const metric = (id: string) => widget.locator(`[data-metric="${id}"]`);
  await expect(metric('grease-n')).toHaveAttribute('data-value', '2');

  const input = widget.getByLabel(/^Identifier/);
  await input.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('0x41');
  await expect(metric('grease-verdict')).toHaveAttribute('data-value', 'not-reserved');
  await expect(metric('grease-next')).toHaveAttribute('data-value', '95');

  await widget.getByRole('button', { name: 'Check 0x17639cff6e3761d' }).focus();
  await page.keyboard.press('Space');
  await expect(metric('grease-n')).toHaveAttribute('data-value', '3397909892029060');
  await expect(page).toHaveURL(/gr\.v=105335206652900893/);
  await page.reload();
  await hydrated(widget);
  await expect(metric('grease-n')).toHaveAttribute('data-value', '3397909892029060');

  await page.goto(`${PAGE}?gr.v=99999999999999999999999`);
  await hydrated(widget);
  await expect(widget.getByRole('status').filter({ hasText: 'Identifier' })).toContainText('the default is used');
  await expect(metric('grease-n')).toHaveAttribute('data-value', '1');
});

test('the QUIC demos fit a 360 px wide screen; the ladder keeps still under reduced motion', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(PAGE);
  for (const id of ['stream-id-decoder', 'grease-checker', 'transport-params', 'handshake-race', 'hol-blocking']) {
    const widget = page.locator(`#${id}`);
    if ((await widget.count()) === 0) continue;
    await hydrated(widget);
    const overflow = await widget.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow, `${id} overflows at 360 px`).toBeLessThanOrEqual(0);
  }
  const flight = page.locator('#handshake-race .cn-hr-flight').first();
  expect(await flight.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
});
