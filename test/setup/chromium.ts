/**
 * Launching the system's Chromium for tests and screenshots, headless and quiet: no first-run
 * screens, no background or component-update traffic, no QUIC. Playwright gives each launch a
 * fresh temporary profile (user-data-dir) and deletes it on close.
 */
import { chromium, type Browser } from 'playwright-core';
import { findChromium } from './findChromium.mjs';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('no Chromium at /usr/bin/chromium or on the PATH; run `node test/setup/ensure-browsers.mjs`');
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
