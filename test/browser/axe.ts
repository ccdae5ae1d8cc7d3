/**
 * Putting axe-core into a page for an accessibility check. The built page's Content-Security-
 * Policy refuses inline scripts, so axe is not added as a <script> element (Playwright's
 * `addScriptTag` makes an inline one): its source is evaluated through DevTools, which the policy
 * does not govern, and the page's own policy stays in force for everything the app does.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let source: Promise<string> | undefined;

export async function injectAxe(page: Page): Promise<void> {
  source ??= readFile(axePath, 'utf8');
  await page.evaluate(await source);
}
