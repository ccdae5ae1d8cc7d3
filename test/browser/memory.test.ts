/**
 * Memory stays bounded while the sandbox is used: after a warm-up, a long series of re-runs
 * (slider presses, compare mode on and off, spreads across seeds) leaves the page's JavaScript
 * heap, measured after a forced garbage collection, about where it was, and no more workers than
 * the page needs. A stand-in for an hour in a classroom, in well under a minute.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { t } from '../../src/app/i18n/t.ts';
import { launchChromium } from '../setup/chromium.ts';
import { openView, waitForRun } from './harness.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Bytes of JavaScript heap in use after a full garbage collection. */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Workers alive in the page, as DevTools lists its targets. */
async function workerCount(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  await cdp.detach();
  return targetInfos.filter((target) => target.type === 'worker').length;
}

/** One round of use: the margin up and down, compare on and off, a small spread. */
async function useTheSandbox(page: Page): Promise<void> {
  const slider = page.locator('#a-purchases-grossMargin-slider');
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowLeft']) {
    await slider.focus();
    await page.keyboard.press(key);
    await waitForRun(page);
  }
  const compare = page.getByRole('switch', { name: t('sandbox.compare.switch') });
  await compare.check();
  await waitForRun(page);
  await page.locator('[data-control="run-spread"]').click();
  await page.waitForSelector('[data-spread-status="done"]', { timeout: 60_000 });
  await compare.uncheck();
  await waitForRun(page);
}

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
