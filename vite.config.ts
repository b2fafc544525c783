import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';

/** The offline build's one file: `npm run build:offline` (`vite build --mode offline`). */
export const OFFLINE_OUT_DIR = 'dist-offline';
export const OFFLINE_FILE = 'relocation-dashboard.html';

// The favicon lives in public/, which the offline build does not copy: it goes into the page as a data: URL.
function inlineFavicon(): Plugin {
  return {
    name: 'relocation:inline-favicon',
    transformIndexHtml(html) {
      const svg = readFileSync(fileURLToPath(new URL('./public/favicon.svg', import.meta.url)));
      return html.replace('href="./favicon.svg"', `href="data:image/svg+xml;base64,${svg.toString('base64')}"`);
    },
  };
}

/**
 * Link previews need the picture's full address: crawlers do not resolve a relative og:image. Where the site's
 * address is known at build time (`SITE_URL=https://example.org/dashboard/ npm run build`), og:image and og:url
 * carry it; otherwise the picture stays relative, which the built folder still works with on any host.
 */
export function withSiteUrl(html: string, siteUrl: string | undefined): string {
  if (!siteUrl) return html;
  const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  const image = new URL('og-image.png', base).href;
  return html
    .replace('<meta property="og:image" content="./og-image.png" />', `<meta property="og:image" content="${image}" />`)
    .replace('<meta property="og:type"', `<meta property="og:url" content="${base}" />\n    <meta property="og:type"`);
}

function siteUrl(): Plugin {
  return { name: 'relocation:site-url', apply: 'build', transformIndexHtml: (html) => withSiteUrl(html, process.env['SITE_URL']) };
}

/**
 * The Content-Security-Policy the built page carries, as a <meta> so that it holds on any static host (a server
 * can send the same as a header, adding frame-ancestors, which a <meta> cannot set). Scripts only from the site
 * itself, no eval, no inline script; styles from the site, plus inline `style` attributes (style-src-attr)
 * because ECharts positions its tooltip and draws its SVG with them — no <style> element can be injected.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The offline file holds its script, styles and worker inline, so it needs inline scripts and styles and a blob:
 * worker; in exchange it may reach no network at all: its CSVs are data: URLs.
 */
export const OFFLINE_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'unsafe-inline'",
  'worker-src blob:',
  "style-src 'unsafe-inline'",
  'img-src data: blob:',
  'connect-src data:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// Only the built page: Vite's development server injects inline scripts of its own.
function contentSecurityPolicy(policy: string): Plugin {
  return {
    name: 'relocation:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}

// base './' keeps every asset URL relative, so the built folder works from any sub-path of any static host.
export default defineConfig(({ mode }) => {
  const offline = mode === 'offline';
  return {
    base: './',
    plugins: offline
      ? [react(), inlineFavicon(), contentSecurityPolicy(OFFLINE_CONTENT_SECURITY_POLICY), viteSingleFile({ outputFileName: OFFLINE_FILE })]
      : [react(), contentSecurityPolicy(CONTENT_SECURITY_POLICY), siteUrl()],
    // Offline, the import worker is inlined in the bundle (a separate worker file cannot load from file://) and is a
    // classic script: Chromium refuses a module worker from a blob: URL made by a file:// page, a classic one runs.
    worker: { format: offline ? 'iife' : 'es' },
    resolve: offline
      ? { alias: [{ find: /^\.\/worker-factory$/, replacement: fileURLToPath(new URL('./src/data/load/worker-factory.inline.ts', import.meta.url)) }] }
      : {},
    build: offline
      ? // One HTML file holding every script, style, the worker and the shipped CSVs (vite-plugin-singlefile inlines
        // every asset, the CSVs as data: URLs, which fetch() reads from file:// too).
        { outDir: OFFLINE_OUT_DIR, copyPublicDir: false, emptyOutDir: true }
      : // Shipped CSVs stay files (never inlined as data: URLs), fetched like any upload.
        { assetsInlineLimit: (file: string) => (file.endsWith('.csv') ? false : undefined) },
    test: {
      include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
      exclude: ['tests/e2e/**'],
      environment: 'node',
    },
  };
});
