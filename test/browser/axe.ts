/**
 * axe-core in a served page, run on the whole document, its serious and critical violations
 * returned in a form a test can print. The built page's Content-Security-Policy refuses inline
 * scripts, so axe is not added as a <script> element (Playwright's `addScriptTag` makes an inline
 * one): its source, read from node_modules (no request leaves the page), is evaluated through
 * DevTools, which the policy does not govern, and the page's own policy stays in force for
 * everything the app does.
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

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  await injectAxe(page);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
      }));
  });
}
