import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator } from '@playwright/test';
import { expect, expectAccessible, hydrated, test, useTheme } from '../support/fixtures';

const PAGE = '/srecon23-emea/deploying-and-debugging-http3/';
/** Rows of the packets table (not the collapsed event-type table). */
const packetRows = (widget: Locator) => widget.getByRole('table', { name: /Packets in/ }).locator('tbody tr');
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/qlog/${name}`, import.meta.url));

test('qlog viewer: example from the URL, keyboard filters and rows, copy link, axe', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${PAGE}?qv.example=stall`);
  const widget = await hydrated(page.locator('#qlog-viewer'));
  const metric = (id: string) => widget.locator(`[data-metric="${id}"]`);
  await expect(metric('qv-retransmissions')).toHaveAttribute('data-value', '10');
  await expect(metric('qv-close')).toHaveAttribute('data-value', '');
  await expect(metric('qv-verdict')).toContainText('silent stall');
  const ladder = widget.getByRole('img', { name: /Ladder diagram/ });
  await expect(ladder).toHaveAttribute('aria-label', /of 21 packets/);

  await widget.getByLabel(/Only highlighted packets/).focus();
  await page.keyboard.press('Space');
  await expect(ladder).toHaveAttribute('aria-label', /of 10 packets/);
  await expect(page).toHaveURL(/qv\.marked=1/);

  const firstRow = packetRows(widget).first();
  await firstRow.focus();
  await page.keyboard.press('ArrowDown');
  await expect(packetRows(widget).nth(1)).toBeFocused();
  await expect(packetRows(widget).nth(1)).toHaveAttribute('aria-current', 'true');
  await expectAccessible(page, 'after filtering the qlog viewer');

  await widget.getByRole('button', { name: /copy link/i }).focus();
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/qv\.example=stall/);
  const second = await context.newPage();
  await second.goto(link);
  const copy = await hydrated(second.locator('#qlog-viewer'));
  await expect(copy.getByRole('img', { name: /Ladder diagram/ })).toHaveAttribute('aria-label', /of 10 packets/);
  await expect(copy.locator('[data-metric="qv-retransmissions"]')).toHaveAttribute('data-value', '10');
});

test('qlog viewer: bad URL params fall back with a notice', async ({ page }) => {
  await page.goto(`${PAGE}?qv.example=bogus&qv.dir=up`);
  const widget = await hydrated(page.locator('#qlog-viewer'));
  const notice = widget.locator('.cn-notice').first();
  await expect(notice).toContainText('Example trace: "bogus" is not one of good, close, stall');
  await expect(notice).toContainText('Direction');
  await expect(widget.locator('[data-metric="qv-packets-client"]')).toHaveAttribute('data-value', '7');
});

test('qlog viewer: an uploaded file with a malformed line names the line and shows the rest', async ({ page }) => {
  await page.goto(PAGE);
  const widget = await hydrated(page.locator('#qlog-viewer'));
  const input = widget.getByLabel(/Open your own qlog/);
  const worker = page.waitForEvent('worker');
  await input.setInputFiles(fixture('malformed-line-3.sqlog'));
  // Parsing runs off the main thread.
  expect((await worker).url()).toMatch(/worker/);
  await expect(widget.getByRole('alert')).toContainText('malformed-line-3.sqlog: line 3: not valid JSON');
  await expect(widget.locator('[data-metric="qv-packets-client"]')).toHaveAttribute('data-value', '2');
  await expect(widget.locator('[data-metric="qv-packets-server"]')).toHaveAttribute('data-value', '1');
  await expect(widget.locator('[data-metric="qv-close"]')).toHaveAttribute('data-value', '10');
  await expect(packetRows(widget)).toHaveCount(3);
  await expectAccessible(page, 'with a parse error shown');

  await input.setInputFiles(fixture('not-qlog.txt'));
  await expect(widget.getByRole('alert')).toContainText('not a qlog file');
  await expect(widget.getByRole('img', { name: /Ladder diagram of 0 packets/ })).toBeVisible();
});

test('qlog viewer: a draft-01 capture with two connections — version label, network flow, picker', async ({ page }) => {
  await page.goto(PAGE);
  const widget = await hydrated(page.locator('#qlog-viewer'));
  const metric = (id: string) => widget.locator(`[data-metric="${id}"]`);
  await widget.getByLabel(/Open your own qlog/).setInputFiles(fixture('pcap2qlog-two-connections-draft-01.qlog'));
  const status = widget.locator('.qv-source');
  await expect(status).toContainText('Detected qlog draft-01, JSON, 2 traces.');
  // A network trace with flow "client": packets it logs as sent are the client's.
  await expect(status).toContainText('connection A (network, client flow, qlog draft-01)');
  await expect(metric('qv-packets-client')).toHaveAttribute('data-value', '3');
  await expect(metric('qv-packets-server')).toHaveAttribute('data-value', '2');
  await expect(widget.getByRole('alert')).toHaveCount(0);

  const picker = widget.getByLabel(/^Connection/);
  await expect(picker.locator('option')).toHaveText([
    'connection a1a1a1a1: connection A (network, client flow)',
    'connection b2b2b2b2: connection B (network, client flow)',
  ]);
  await picker.focus();
  await page.keyboard.press('ArrowDown');
  await expect(metric('qv-close')).toHaveAttribute('data-value', '256');
  await expect(metric('qv-packets-client')).toHaveAttribute('data-value', '1');
  await expect(widget.getByRole('img', { name: /Ladder diagram of 2 packets/ })).toBeVisible();
  await expectAccessible(page, 'with two connections and the picker');
});

/** A generated client trace (qlog 0.3 JSON-SEQ) of about `bytes` bytes, written for one test run. */
function bigTrace(bytes: number): string {
  const RS = '\u001e';
  const parts = [`${RS}{"qlog_version":"0.3","qlog_format":"JSON-SEQ","trace":{"vantage_point":{"type":"client"}}}\n`];
  let size = 0;
  for (let pn = 0; size < bytes; pn++) {
    const type = pn % 2 === 0 ? 'packet_sent' : 'packet_received';
    const line = `${RS}{"time":${pn / 4},"name":"transport:${type}","data":{"header":{"packet_type":"1RTT","packet_number":${pn >> 1}},"raw":{"length":1200},"frames":[{"frame_type":"stream","stream_id":0,"offset":${pn * 1100},"length":1100}]}}\n`;
    parts.push(line);
    size += line.length;
  }
  return parts.join('');
}

test('qlog viewer: a 45 MB trace is parsed in the Worker with progress while the page stays responsive', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const path = testInfo.outputPath('big.sqlog');
  writeFileSync(path, bigTrace(45 * 1024 * 1024));
  await page.addInitScript(() => {
    const w = window as unknown as { longestTask: number };
    w.longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longestTask = Math.max(w.longestTask, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(PAGE);
  const widget = await hydrated(page.locator('#qlog-viewer'));
  await widget.getByLabel(/Open your own qlog/).setInputFiles(path);
  const status = widget.locator('.qv-source');
  await expect(status).toContainText(/(Reading|Parsing) big\.sqlog… \d+%/);
  await expect(widget.getByRole('progressbar', { name: 'Progress reading your files' })).toBeVisible();
  // The page answers while the Worker parses: the controls stay usable.
  await widget.getByLabel('Direction').selectOption('server');
  await expect(status).toContainText('Detected qlog 0.3, JSON-SEQ, 1 trace.', { timeout: 150_000 });
  await expect(widget.locator('[data-metric="qv-packets-client"]')).not.toHaveAttribute('data-value', '0');
  const longest = await page.evaluate(() => (window as unknown as { longestTask: number }).longestTask);
  testInfo.annotations.push({ type: 'longest main-thread task (ms)', description: String(Math.round(longest)) });
  console.log(`longest main-thread task: ${Math.round(longest)} ms`);
  // Only one page of rows reaches the page; the rest stay in the Worker.
  await expect(widget.locator('[data-metric="qv-page-position"]')).toHaveText(/^Rows 1–400 of [\d,]+$/);
  await expect(packetRows(widget)).toHaveCount(400);
  // A generous bound (the machine is shared): cloning and filtering every row took 0.6–1.75 s.
  expect(longest).toBeLessThan(500);
});

test('HTTP/3 demos fit a 360 px wide screen, dark theme, axe clean', async ({ page }) => {
  await useTheme(page, 'dark');
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`${PAGE}?qv.example=close`);
  for (const id of ['#qlog-viewer', '#alt-svc-parser']) await hydrated(page.locator(id));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(overflow).toBeLessThanOrEqual(360);
  await expectAccessible(page, 'dark theme at 360 px');
});
