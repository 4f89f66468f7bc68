import { expect, expectAccessible, hydrated, test, useTheme } from '../support/fixtures';

// Axe takes ~15 s on this long page, so it runs once, after every QUIC demo has been used
// (alerts, notices, the scenario C table and a recomputed chart on screen), in the dark theme
// (pages.spec.ts covers both themes before interaction).
test('the QUIC demos stay axe-clean after keyboard use, dark theme', async ({ page }) => {
  await useTheme(page, 'dark');
  await page.goto('/srecon23-emea/quic-http3-mapping-vs-encapsulation/?gr.v=0x1');

  const race = await hydrated(page.locator('#handshake-race'));
  await race.getByRole('slider', { name: /Packet loss/ }).focus();
  await page.keyboard.press('End');
  await expect(race.getByRole('slider', { name: /Packet loss/ })).toHaveAttribute('aria-valuetext', '20 %');

  const hol = await hydrated(page.locator('#hol-blocking'));
  const before = await hol.locator('[data-metric="hol-tcp-p50"]').getAttribute('data-value');
  await hol.getByRole('slider', { name: 'Streams' }).focus();
  await page.keyboard.press('End');
  await expect(hol.locator('[data-metric="hol-tcp-p50"]')).not.toHaveAttribute('data-value', before ?? '');

  const tp = await hydrated(page.locator('#transport-params'));
  await tp.getByRole('slider', { name: "Client's initial_max_streams_uni" }).focus();
  await page.keyboard.press('Home');
  await tp.getByRole('radio', { name: /Local quiche-server/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(tp.locator('[data-metric="tp-outcome"]')).toHaveAttribute('data-value', 'stall');

  const sid = await hydrated(page.locator('#stream-id-decoder'));
  await sid.getByLabel('Stream ID', { exact: true }).focus();
  await page.keyboard.type('x');
  await expect(sid.getByRole('alert')).toBeVisible();

  const grease = await hydrated(page.locator('#grease-checker'));
  await expect(grease.locator('[data-metric="grease-verdict"]')).toHaveAttribute('data-value', 'not-reserved');

  await expectAccessible(page, 'after using the QUIC demos (dark theme)');
});
