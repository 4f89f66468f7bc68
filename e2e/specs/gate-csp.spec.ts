// Quality gate: the strict CSP holds in the built HTML, and the static-host header files carry
// the security headers (no browser needed; the browser side is in support/fixtures.ts, which
// fails every e2e test on a CSP violation).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  headerProblems,
  headersFileRules,
  metaPolicies,
  nginxHeaders,
  pageCspProblems,
  parsePolicy,
} from '@confnotes/quality';
import { test as plainTest } from '@playwright/test';
import { builtHtmlFiles, distDir, readBuilt } from '../support/built-site';
import { expect, isCspReport, reportCspViolations, test } from '../support/fixtures';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

test('every built page has one strict CSP that allows each of its inline scripts and styles', () => {
  const problems = builtHtmlFiles().flatMap(({ file, path }) =>
    pageCspProblems(readBuilt(file)).map((problem) => `${path}: ${problem}`),
  );
  expect(problems).toEqual([]);
});

test('the build ships a _headers file with every security header', () => {
  const file = join(distDir, '_headers');
  expect(existsSync(file), `${file} exists`).toBe(true);
  const headers = headersFileRules(readFileSync(file, 'utf8'));
  expect(headerProblems(headers)).toEqual([]);
  // The build copies the pages' own policy into the header (cspHeaderFile in astro.config.mjs).
  const header = parsePolicy(headers.get('content-security-policy') ?? '');
  const [first] = builtHtmlFiles();
  const meta = parsePolicy(metaPolicies(readBuilt(first?.file ?? ''))[0] ?? '');
  expect(header.get('script-src'), 'header script-src = the pages’ script-src').toEqual(meta.get('script-src'));
  expect(header.get('style-src')).toEqual(meta.get('style-src'));
});

test('the nginx snippet sets the same security headers as _headers', () => {
  const nginx = nginxHeaders(readFileSync(join(repoRoot, 'deploy/nginx/confnotes.conf'), 'utf8'));
  const headersFile = headersFileRules(readFileSync(join(repoRoot, 'apps/site/public/_headers'), 'utf8'));
  expect(headerProblems(nginx)).toEqual([]);
  expect(Object.fromEntries(nginx)).toEqual(Object.fromEntries(headersFile));
});

// Without the fixture (which would fail this test on purpose): proves the policy is enforced in
// the browser and that the fixture's detector hears a violation, so the CSP gate is not vacuous.
plainTest('the CSP blocks an injected inline script and the e2e fixture reports it', async ({ page }) => {
  const reports: string[] = [];
  page.on('console', (message) => {
    if (isCspReport(message.text())) reports.push(message.text());
  });
  await page.addInitScript(reportCspViolations);
  await page.goto('/');
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.injected = "yes"';
    document.body.append(script);
    return document.documentElement.dataset.injected === 'yes';
  });
  expect(ran, 'the injected inline script must not run').toBe(false);
  await expect.poll(() => reports.length).toBeGreaterThan(0);
});
