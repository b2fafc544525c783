import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, headless, with the flags this workplace's closed network needs (and any others asked for). */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      ...extraArgs,
    ],
  });
}

/** Where screenshots go: git-ignored, for a person to look at. */
export const ARTIFACTS = new URL('../../artifacts/', import.meta.url);
