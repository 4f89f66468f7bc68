import { defineConfig, devices } from '@playwright/test';
import {
  importedOutDir,
  importedPort,
  outDir,
  port,
  skipImported,
  skipSubpath,
  subpathOutDir,
  subpathPort,
} from './support/env';

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const site = '../apps/site';

const preview = (dir: string, p: number, base?: string) => ({
  command: `pnpm --dir ${site} exec astro preview --port ${p} --host 127.0.0.1`,
  url: `http://127.0.0.1:${p}${base ?? '/'}`,
  reuseExistingServer: false,
  timeout: 60_000,
  env: { ASTRO_TELEMETRY_DISABLED: '1', SITE_OUT_DIR: dir, ...(base ? { SITE_BASE: base } : {}) },
});

export default defineConfig({
  testDir: './specs',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: '../reports/e2e.json' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
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
    preview(outDir, port),
    ...(skipSubpath ? [] : [preview(subpathOutDir, subpathPort, '/confnotes/')]),
    ...(skipImported ? [] : [preview(importedOutDir, importedPort)]),
  ],
});
