/**
 * Launching Debian's Firefox ESR (`/usr/bin/firefox-esr`) for tests, headless, through
 * puppeteer-core's WebDriver BiDi client: Firefox speaks BiDi itself, so no driver and no browser
 * download are needed. Each launch gets a fresh temporary profile, deleted on close.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { findExecutable } from './findExecutable.mjs';

export const FIREFOX_PATHS = ['/usr/bin/firefox-esr', 'firefox-esr'];

export async function launchFirefox(): Promise<Browser> {
  const executablePath = findExecutable(FIREFOX_PATHS);
  if (!executablePath) throw new Error('no Firefox ESR at /usr/bin/firefox-esr or on the PATH; run `node test/setup/ensure-browsers.mjs`');
  return puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
}
