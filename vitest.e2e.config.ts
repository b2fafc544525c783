import { defineConfig } from 'vitest/config';

// Browser tests drive Debian's Chromium against the production build in dist/; run after `vite build`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // A browser on a loaded 2-core machine (CI's, after the unit tests and a build) can take longer than the default
    // second to load the map or redraw eight charts: polls wait up to ten seconds, and fail only then.
    expect: { poll: { timeout: 10_000 } },
  },
});
