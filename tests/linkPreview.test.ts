import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withSiteUrl } from '../vite.config';

const html = readFileSync(new URL('../index.html', import.meta.url), 'utf8');

function meta(page: string, property: string): string | undefined {
  return new RegExp(`<meta\\s+property="${property}"\\s+content="([^"]*)"`).exec(page)?.[1];
}

describe('the page’s link preview', () => {
  it('gives a title, a description and a picture for chat apps to show beside a shared link', () => {
    expect(meta(html, 'og:title')).toMatch(/易地扶贫搬迁/);
    expect(meta(html, 'og:description')?.length).toBeGreaterThan(40);
    expect(meta(html, 'og:image')).toBe('./og-image.png');
  });

  it('ships the picture at the size its tags state', () => {
    const png = readFileSync(new URL('../public/og-image.png', import.meta.url));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)].map(String)).toEqual([meta(html, 'og:image:width'), meta(html, 'og:image:height')]);
  });

  it('gives the picture and the page their full address when the build knows the site’s, as crawlers need', () => {
    const built = withSiteUrl(html, 'https://example.org/dashboard');
    expect(meta(built, 'og:image')).toBe('https://example.org/dashboard/og-image.png');
    expect(meta(built, 'og:url')).toBe('https://example.org/dashboard/');
    expect(withSiteUrl(html, undefined)).toBe(html);
  });
});
