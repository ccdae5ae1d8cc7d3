/**
 * The spread across seeds as a person uses it, in Chromium on the production build: they type a
 * number of seeds, run them, watch the progress, and see the chart "Across K seeds" with the
 * median and band the core gives for those seeds; in compare mode they read in how many seeds B
 * ends ahead of A; a changed parameter takes the spread off screen, and a long spread can be
 * cancelled.
 */
import { quantileSorted } from 'd3-array';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { simulate } from '../../src/sim/index.ts';
import { formatNumber } from '../../src/app/format/numbers.ts';
import { t } from '../../src/app/i18n/t.ts';
import { defaultRunConfig } from '../../src/app/state/startup.ts';
import { params } from '../support/runs.ts';
import { launchChromium } from '../setup/chromium.ts';
import { openView, waitForRun } from './harness.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Final cumulative profit of the default set-up with `overrides`, over seeds 1..count. */
function finals(count: number, overrides: Record<string, unknown> = {}): number[] {
  return Array.from({ length: count }, (_, index) =>
    simulate({ ...defaultRunConfig(), seed: index + 1, params: params(overrides) }).summary.cumulativeProfit,
  );
}

async function runSeeds(page: Page, count: number): Promise<void> {
  const field = page.locator('#spread-count');
  await field.fill(String(count));
  await field.press('Enter');
  await page.getByRole('button', { name: t('sandbox.spread.run', { count }) }).click();
}

const spreadDone = '[data-spread-status="done"]';

describe('the spread across seeds', () => {
  it('runs K seeds and draws the median and band the core gives for them', async () => {
    const opened = await openView(browser, 'sandbox', { reducedMotion: 'reduce' });
    const { page } = opened;
    await waitForRun(page);
    await runSeeds(page, 6);
    await page.waitForSelector(spreadDone, { timeout: 60_000 });
    await waitForRun(page);
    const card = page.locator('[data-chart="spread"]');
    await expect.poll(() => card.isVisible()).toBe(true);
    const sorted = finals(6).sort((x, y) => x - y);
    const summary = await card.locator('[data-summary]').innerText();
    expect(summary).toContain('over 6 seeds');
    expect(summary).toContain(formatNumber(quantileSorted(sorted, 0.5) ?? Number.NaN, 'money'));
    expect(summary).toContain(formatNumber(quantileSorted(sorted, 0.9) ?? Number.NaN, 'money'));
    expect(await page.locator('[data-spread-status]').innerText()).toContain('6 seeds (1 to 6) ran in');
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });

  it('counts the seeds in which B ends ahead in compare mode, and drops the spread when a parameter moves', async () => {
    const opened = await openView(browser, 'sandbox', { reducedMotion: 'reduce' });
    const { page } = opened;
    await waitForRun(page);
    await page.getByRole('switch', { name: t('sandbox.compare.switch') }).check();
    const details = page.locator('[data-side="b"] [data-group="bonusBank"]');
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    await page.locator('[data-side="b"] [data-param="bonusBank.enabled"] [role="switch"]').check();
    await waitForRun(page);
    await runSeeds(page, 5);
    await page.waitForSelector(spreadDone, { timeout: 60_000 });
    const a = finals(5);
    const b = finals(5, { 'bonusBank.enabled': true });
    const ahead = b.filter((value, index) => value > a[index]).length;
    const share = page.locator('[data-metric="shareBAhead"]');
    expect(Number(await share.getAttribute('data-value'))).toBeCloseTo(ahead / 5, 12);
    expect(await share.innerText()).toContain(`in ${ahead} of 5 seeds`);
    await expect.poll(() => page.locator('[data-chart="spread"]').isVisible()).toBe(true);

    // Another margin for A: the spread was for other parameters, so it leaves the screen.
    const slider = page.locator('[data-side="a"] [data-param="purchases.grossMargin"] input[type="range"]');
    if (!(await slider.isVisible())) await page.locator('[data-side="a"] [data-group="purchases"] summary').click();
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await waitForRun(page);
    expect(await page.locator('[data-chart="spread"]').count()).toBe(0);
    expect(await page.locator('[data-metric="shareBAhead"]').count()).toBe(0);
    expect(await page.getAttribute('[data-spread-status]', 'data-spread-status')).toBe('idle');
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });

  it('shows the progress of 200 seeds and cancels them', async () => {
    const opened = await openView(browser, 'sandbox', { reducedMotion: 'reduce' });
    const { page } = opened;
    await waitForRun(page);
    await runSeeds(page, 200);
    await page.waitForSelector('[data-spread-status="running"] progress');
    await page.locator('[data-control="cancel-spread"]').click();
    await page.waitForSelector('[data-spread-status="cancelled"]');
    expect(await page.locator('[data-chart="spread"]').count()).toBe(0);
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });
});
