import { cleanup } from '@testing-library/preact';
import fc from 'fast-check';
import { afterEach } from 'vitest';

// Widgets keep their state in the page URL: every test starts again from a clean one (a test file
// that runs in the node environment has no page to clean).
afterEach(() => {
  if (typeof window === 'undefined') return;
  cleanup();
  window.history.replaceState(null, '', '/');
});

// Property tests are seeded like every other test here, so a run on CI repeats a run on a laptop;
// a property that needs a different sample sets its own `seed`.
fc.configureGlobal({ seed: 20261203 });
