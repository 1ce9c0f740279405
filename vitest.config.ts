import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** Unit and service tests: shared, main (real SQLite files in temp folders) and renderer components. */
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
