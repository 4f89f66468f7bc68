import { defineConfig, devices } from '@playwright/test';

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const site = '../apps/site';

export default defineConfig({
  testDir: './specs',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: '../reports/e2e.json' }]] : 'list',
  use: {
    baseURL: 'http://127.0.0.1:4321',
    trace: 'off',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      command: `pnpm --dir ${site} exec astro preview --port 4321 --host 127.0.0.1`,
      url: 'http://127.0.0.1:4321/',
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
    },
    {
      command: `pnpm --dir ${site} exec astro preview --port 4322 --host 127.0.0.1`,
      url: 'http://127.0.0.1:4322/confnotes/',
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ASTRO_TELEMETRY_DISABLED: '1', SITE_BASE: '/confnotes/', SITE_OUT_DIR: './dist-subpath' },
    },
  ],
});
