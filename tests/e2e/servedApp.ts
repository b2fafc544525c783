import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { ARTIFACTS, launchChromium } from './browser';
import { serveStatic, type StaticSite } from './staticServer';

// E2E_DIST lets a run use a build of its own, safe from another `vite build` rewriting dist/ meanwhile.
const DIST = process.env['E2E_DIST'] ?? fileURLToPath(new URL('../../dist/', import.meta.url));

/** The production build served from its sub-path, and the browser that opens it. */
export interface ServedApp {
  site: StaticSite;
  browser: Browser;
}

/**
 * Serves dist/ and launches Chromium before a test file's own set-up, and closes both after its own tidying
 * (vitest runs after-hooks in the reverse order): call it at the top of the file.
 */
export function servedApp(chromiumArgs: readonly string[] = []): ServedApp {
  const app = {} as ServedApp;
  beforeAll(async () => {
    app.site = await serveStatic(DIST);
    app.browser = await launchChromium(chromiumArgs);
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.site?.close();
  });
  return app;
}

/** The path of a screenshot in the git-ignored artifacts folder, which is made if need be. */
export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return fileURLToPath(new URL(name, ARTIFACTS));
}

/**
 * The page's address with `query`, opening Dai County's real figures unless the query names a dataset of its
 * own: the page itself opens on the nation, and most page tests are about one county's figures.
 */
export function daiCountyAddress(siteUrl: string, query = ''): string {
  const params = new URLSearchParams(query);
  if (!params.has('dataset')) params.set('dataset', 'dai-county');
  return `${siteUrl}?${params.toString()}`;
}
