/**
 * Memory stays bounded while the sandbox is used: after a warm-up, a long series of re-runs
 * (slider presses, compare mode on and off, spreads across seeds) leaves the page's JavaScript
 * heap, measured after a forced garbage collection, about where it was, and no more workers than
 * the page needs. A stand-in for an hour in a classroom, in well under a minute (`npm run soak`
 * does the hour).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../setup/chromium.ts';
import { heapAfterGc, useTheSandbox, workerCount } from '../support/sessionUse.ts';
import { openView, waitForRun } from './harness.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('memory over a long session', () => {
  it('stays bounded over many re-runs, compare switches and spreads', async () => {
    const opened = await openView(browser, 'sandbox', { reducedMotion: 'reduce' });
    const { page } = opened;
    await waitForRun(page);
    await page.locator('#spread-count').fill('3');
    await page.locator('#spread-count').press('Enter');
    await page.locator('[data-side="a"] [data-group="purchases"] summary').click();
    const cdp = await page.context().newCDPSession(page);
    for (let round = 0; round < 2; round++) await useTheSandbox(page);
    const before = await heapAfterGc(cdp);
    const workersBefore = await workerCount(page);
    for (let round = 0; round < 10; round++) await useTheSandbox(page);
    const after = await heapAfterGc(cdp);
    // Ten more rounds (40 re-runs, 10 spreads) hold no more than a little over what two did.
    expect(after, `heap ${before} → ${after} bytes`).toBeLessThan(before * 1.25 + 2_000_000);
    expect(await workerCount(page)).toBeLessThanOrEqual(workersBefore);
    expect(opened.pageErrors).toEqual([]);
    await cdp.detach();
    await opened.close();
  }, 180_000);
});
