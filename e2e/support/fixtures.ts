import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export { expect };

interface Fixtures {
  /** Console messages matching one of these are not failures (e.g. an intentional 404). */
  allowedConsoleErrors: RegExp[];
  /** Collected console errors and uncaught exceptions; the test fails if any remain. */
  consoleErrors: string[];
}

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      const allowed = (text: string) => allowedConsoleErrors.some((re) => re.test(text));
      page.on('console', (message) => {
        if (isCspReport(message.text())) errors.push(message.text());
        else if (message.type() === 'error' && !allowed(message.text())) errors.push(message.text());
      });
      // Strict CSP gate: every blocked script, style, font, worker… fails the test (never allowed).
      await page.addInitScript(reportCspViolations);
      page.on('pageerror', (error) => {
        if (!allowed(error.message)) errors.push(`uncaught: ${error.message}`);
      });
      await use(errors);
      expect(errors, 'the page logged console errors').toEqual([]);
    },
    { auto: true },
  ],
});

/** Runs in the page: turns each `securitypolicyviolation` event into a console error. */
export function reportCspViolations(): void {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(
      `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'an inline resource'} ` +
        `(${event.sourceFile || location.pathname}:${event.lineNumber}) — Content Security Policy`,
    );
  });
}

/** Console messages (any level) in which Chromium reports a CSP block. */
export function isCspReport(text: string): boolean {
  return /Content Security Policy|CSP violation/i.test(text);
}

/** Starlight keeps the chosen theme in localStorage; set it before any page script runs. */
export async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.addInitScript((t) => window.localStorage.setItem('starlight-theme', t), theme);
}

/**
 * Waits until the island containing `locator` has hydrated (`client:visible` only hydrates
 * once scrolled into view, and Astro removes the island's `ssr` attribute when done).
 */
export async function hydrated(locator: Locator): Promise<Locator> {
  await locator.scrollIntoViewIfNeeded();
  const island = locator.locator('xpath=ancestor-or-self::astro-island[1]');
  await expect(island).not.toHaveAttribute('ssr', /.*/);
  return locator;
}

/** WCAG 2.1 AA (plus the 2.2 rules axe supports): 0 violations, with a readable failure. */
export async function expectAccessible(page: Page, context = ''): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(' | ')}`,
  );
  expect(summary, `axe violations ${context}`).toEqual([]);
}
