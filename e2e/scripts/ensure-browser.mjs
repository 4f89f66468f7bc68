// Finds Debian's Chromium for Playwright. Never downloads a browser: if none is found and
// apt-get is usable as root, installs Debian's `chromium` package; otherwise stops with one
// clear message naming the package and CHROME_PATH.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const found = candidates.find((p) => existsSync(p));
if (found) {
  process.exit(0);
}
if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH is set to "${process.env.CHROME_PATH}" but no browser is there.`);
  process.exit(1);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log('No Chromium found: installing Debian’s "chromium" package with apt-get…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (existsSync('/usr/bin/chromium')) process.exit(0);
}
console.error(
  'The end-to-end tests need Chromium. Install Debian’s package with `sudo apt-get install chromium`, ' +
    'or set CHROME_PATH to an existing Chromium/Chrome binary. (Browsers are never downloaded by this project.)',
);
process.exit(1);
