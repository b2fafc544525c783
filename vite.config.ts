import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// base './' keeps every asset URL relative, so the built folder works from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  // Shipped CSVs stay files (never inlined as data: URLs), fetched like any upload.
  build: { assetsInlineLimit: (file: string) => (file.endsWith('.csv') ? false : undefined) },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**'],
    environment: 'node',
  },
});
