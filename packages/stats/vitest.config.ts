import { defineConfig } from 'vitest/config';

// A generous per-test limit: the default 5 s is a timing assert in disguise, and big property tests
// pass it alone but not on a busy 2-core machine. Speed targets live in `pnpm bench`.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], setupFiles: ['./test/fast-check-seed.ts'], testTimeout: 60_000 },
});
