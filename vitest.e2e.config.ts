import { defineConfig } from 'vitest/config';

// Browser tests drive Debian's Chromium against the production build in dist/; run after `vite build`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
