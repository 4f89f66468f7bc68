import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * `pnpm bench` here: the browser benchmarks in bench/ (figures reported, not asserted as
 * times), one at a time against the root build only.
 */
export default defineConfig({
  ...base,
  testDir: './bench',
  testMatch: '*.bench.ts',
  fullyParallel: false,
  workers: 1,
  timeout: 300_000,
  reporter: 'list',
  webServer: [base.webServer]
    .flat()
    .slice(0, 1)
    .filter((server) => server !== undefined),
});
