/**
 * A slider dragged fast, in Chromium on the production build: the numbers follow the slider
 * while it moves (runs land during the drag, not only when it pauses), and when it is let go the
 * numbers are the core's for the value the slider shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { simulate } from '../../src/sim/index.ts';
import { defaultRunConfig } from '../../src/app/state/startup.ts';
import { params } from '../support/runs.ts';
import { launchChromium } from '../setup/chromium.ts';
import { metricValue, openView, waitForRun } from './harness.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('a dragged slider', () => {
  it('moves the numbers while it is dragged, and ends on the core’s numbers for its value', async () => {
    const opened = await openView(browser, 'sandbox', { reducedMotion: 'reduce' });
    const { page } = opened;
    await waitForRun(page);
    // A market of 20,000 people: a run (about 0.3–0.5 s here) takes far longer than the slider's
    // 8 ms steps, as on a slow phone, yet several runs fit in the drag. How fast a run is belongs to
    // `npm run bench`, not to this test.
    await page.locator('.size summary').click();
    await page.locator('#sandbox-people').fill('20000');
    await page.locator('#sandbox-people').press('Enter');
    await waitForRun(page);
    const control = page.locator('[data-side="a"] [data-param="purchases.grossMargin"]');
    await page.locator('[data-side="a"] [data-group="purchases"] summary').click();
    const slider = control.locator('input[type="range"]');
    await slider.scrollIntoViewIfNeeded();

    // Every value the summary shows during the drag.
    await page.evaluate(() => {
      const seen = new Set<string>();
      (window as unknown as { seenProfits: Set<string> }).seenProfits = seen;
      const target = document.querySelector('[data-metric="cumulativeProfit"]');
      if (!target) throw new Error('no cumulative profit on screen');
      new MutationObserver(() => seen.add(target.getAttribute('data-value') ?? '')).observe(target, { attributes: true });
    });
    // A drag as fast as a pointer gives values: a new value every 8 ms (faster than a run), as
    // input events of the slider, from inside the page, back and forth over the slider's range, for
    // at least a second and until three runs have landed or ten seconds have passed (a busy machine
    // runs slower; a page that ran only when the slider paused would land one run, at the end).
    const duringDrag = await page.evaluate(async () => {
      const range = document.querySelector<HTMLInputElement>('[data-side="a"] [data-param="purchases.grossMargin"] input[type="range"]');
      if (!range) throw new Error('no slider');
      const seen = (window as unknown as { seenProfits: Set<string> }).seenProfits;
      const started = performance.now();
      for (let step = 0; performance.now() - started < 10_000; step++) {
        if (step >= 150 && seen.size >= 3) break;
        const along = (step % 300) / 150;
        range.value = String(0.35 + 0.2 * (along <= 1 ? along : 2 - along));
        range.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 8));
      }
      const during = seen.size;
      // Let go at a value of its own, inside the range dragged over.
      range.value = '0.5';
      range.dispatchEvent(new Event('input', { bubbles: true }));
      range.dispatchEvent(new Event('change', { bubbles: true }));
      return during;
    });
    await waitForRun(page);
    // Several runs landed while the slider moved.
    expect(duringDrag).toBeGreaterThanOrEqual(3);

    const margin = Number(await control.locator('input[type="text"]').inputValue());
    expect(margin).toBeGreaterThan(0.35);
    const expected = simulate({ ...defaultRunConfig(), people: 20_000, params: params({ 'purchases.grossMargin': margin }) });
    expect(Number(await slider.inputValue())).toBe(margin);
    expect(await metricValue(page, 'cumulativeProfit')).toBe(expected.summary.cumulativeProfit);
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });
});
