import { defineConfig } from 'vitest/config';

/** End-to-end: Chromium (playwright-core, /usr/bin/chromium) against the built browser host. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
