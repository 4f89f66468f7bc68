import { expect, expectAccessible, hydrated, test } from '../support/fixtures';

const PAGE = '/srecon23-emea/reliability-enhancing-procedures/';

test.describe('RPO/RTO planner', () => {
  test('keyboard-only use changes the achieved RTO; axe clean', async ({ page }) => {
    await page.goto(PAGE);
    const widget = page.locator('#rpo-rto-planner');
    const throughput = widget.getByLabel('Restore throughput');
    await hydrated(throughput);
    const rto = widget.locator('[data-metric="rr-rto"]');
    await expect(rto).toContainText('3 h 32 min ✗ misses the 1 h target');
    await throughput.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('4000'); // 2 000 000 MB / 4000 MB/s = 500 s
    await expect(rto).toContainText('53.3 min ✓ meets');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('-5');
    await expect(widget.getByRole('alert')).toHaveText(
      'Restore throughput: -5 is outside 0.1–100000; still using 4000.',
    );
    await expect(rto).toContainText('53.3 min ✓ meets'); // the last valid value stays in use
    await expectAccessible(page, 'after using the RPO/RTO planner');
  });

  test('URL state round-trips through Copy link; bad params are clamped with a notice', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${PAGE}?rr.repl=async&rr.lagS=600&rr.mbps=0&rr.disaster=meteor#rpo-rto-planner`);
    const widget = page.locator('#rpo-rto-planner');
    await hydrated(widget.getByLabel('Restore throughput'));
    const notice = widget.getByRole('status').filter({ hasText: 'clamped' });
    await expect(notice).toContainText('Restore throughput (MB/s): 0 is outside 0.1–100000, so it was clamped to 0.1.');
    await expect(notice).toContainText('Disaster: "meteor" is not one of site-loss, corruption');
    await expect(widget.locator('[data-metric="rr-path"]')).toHaveAttribute('data-value', 'failover');
    await expect(widget.locator('[data-metric="rr-rpo"]')).toContainText('10 min ✓ meets');
    await widget.getByRole('button', { name: /^Copy link/ }).click();
    const url = await page.evaluate(() => navigator.clipboard.readText());
    const copy = await context.newPage();
    await copy.goto(url);
    const again = copy.locator('#rpo-rto-planner');
    await hydrated(again.getByLabel('Restore throughput'));
    await expect(again.locator('[data-metric="rr-rpo"]')).toHaveAttribute('data-value', '10');
    await expect(again.getByLabel('Restore throughput')).toHaveValue('0.1');
    await expect(again.getByRole('status').filter({ hasText: 'clamped' })).toHaveCount(0);
  });

  test('corruption: keyboard turns on point-in-time recovery, data loss falls to the detection delay', async ({
    page,
  }) => {
    // Nightly backups, corruption noticed after 120 min: without logs 1440 + 120 min = 1 d 2 h are lost
    // (formatted "1.08 d"); with archived logs only the 120 min after the corruption.
    await page.goto(`${PAGE}?rr.disaster=corruption&rr.detect=120#rpo-rto-planner`);
    const widget = page.locator('#rpo-rto-planner');
    const pitr = widget.getByLabel('Point-in-time recovery (for corruption)');
    await hydrated(pitr);
    const rpo = widget.locator('[data-metric="rr-rpo"]');
    await expect(rpo).toHaveAttribute('data-value', '1560');
    await pitr.focus();
    await page.keyboard.press('ArrowDown');
    await expect(rpo).toHaveAttribute('data-value', '120');
    await expect(widget).toContainText('Replay logs');
    await expect(page).toHaveURL(/rr\.pitr=logs/);
  });
});
