/**
 * The address holds the sandbox, in Chromium on the production build: a reload gives the same
 * run, number for number; back and forward move between what the reader did (a burst of slider
 * presses is one entry); a crafted or damaged link opens the app anyway with its valid part
 * applied and a notice (role="status") naming what was ignored, and never runs a script; and a
 * few hundred fuzzed addresses open without a page error.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { simulate } from '../../src/sim/index.ts';
import { t } from '../../src/app/i18n/t.ts';
import { defaultRunConfig } from '../../src/app/state/startup.ts';
import { CRAFTED_LINK, FUZZ_SEED, hostileSearches } from '../support/links.ts';
import { params } from '../support/runs.ts';
import { launchChromium } from '../setup/chromium.ts';
import { appUrl, metricValue, openApp, waitForRun } from './harness.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Waits until the address has caught up with the screen (it follows within a quarter second). */
async function addressSettled(page: Page): Promise<string> {
  let last = '';
  await expect
    .poll(async () => {
      const now = page.url();
      const same = now === last;
      last = now;
      return same;
    }, { interval: 400 })
    .toBe(true);
  return last;
}

const marginField = '#a-purchases-grossMargin-field';

describe('the address', () => {
  it('holds the whole sandbox: a reload gives the same run, number for number', async () => {
    const opened = await openApp(browser, { query: '?view=sandbox', reducedMotion: 'reduce' });
    const { page } = opened;
    await waitForRun(page);
    await page.getByRole('switch', { name: t('sandbox.compare.switch') }).check();
    const group = page.locator('[data-side="b"] [data-group="bonusBank"]');
    if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
    await page.locator('[data-side="b"] [data-param="bonusBank.enabled"] [role="switch"]').check();
    await page.locator('[data-side="a"] [data-group="purchases"] summary').click();
    await page.locator('#a-purchases-grossMargin-slider').focus();
    await page.keyboard.press('ArrowRight');
    await waitForRun(page);
    await page.locator('#sandbox-week').focus();
    await page.keyboard.press('Home');
    for (let press = 0; press < 20; press++) await page.keyboard.press('ArrowRight');
    await waitForRun(page);
    const url = await addressSettled(page);
    expect(url).toContain('compare=on');
    expect(url).toContain('b.bonusBank.enabled=on');
    const before = {
      a: await metricValue(page, 'cumulativeProfit'),
      b: Number(await page.getAttribute('[data-metric-b="cumulativeProfit"]', 'data-value')),
      week: await page.getAttribute('[data-sandbox]', 'data-cursor-week'),
    };

    await page.reload();
    await waitForRun(page);
    expect(page.url()).toBe(url);
    expect(await metricValue(page, 'cumulativeProfit')).toBe(before.a);
    expect(Number(await page.getAttribute('[data-metric-b="cumulativeProfit"]', 'data-value'))).toBe(before.b);
    expect(await page.getAttribute('[data-sandbox]', 'data-cursor-week')).toBe(before.week);
    expect(await page.getAttribute('[data-sandbox]', 'data-compare')).toBe('true');
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });

  it('keeps the charts the reader hid in the address, and shows them again on request', async () => {
    const opened = await openApp(browser, { query: '?view=sandbox', reducedMotion: 'reduce' });
    const { page } = opened;
    await waitForRun(page);
    await page.locator('[data-chart-picker] summary').click();
    await page.locator('[data-pick-chart="ledger"]').uncheck();
    await page.locator('[data-pick-chart="cohorts"]').uncheck();
    await expect.poll(() => page.locator('[data-chart="ledger"]').count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('hide')).toBe('ledger,cohorts');
    await page.reload();
    await waitForRun(page);
    expect(await page.locator('[data-chart="ledger"]').count()).toBe(0);
    expect(await page.locator('[data-chart="cohorts"]').count()).toBe(0);
    expect(await page.locator('[data-chart="profit"]').count()).toBe(1);
    await page.locator('[data-chart-picker] summary').click();
    await page.getByRole('button', { name: t('sandbox.charts.showAll') }).click();
    await waitForRun(page);
    expect(await page.locator('[data-chart="ledger"]').count()).toBe(1);
    await expect.poll(() => new URL(page.url()).searchParams.get('hide')).toBeNull();
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });

  it('opens a compare-mode link on a phone with B’s parameters, where A and B differ, in view', async () => {
    const opened = await openApp(browser, {
      query: '?view=sandbox&compare=on&b.bonusBank.enabled=on',
      reducedMotion: 'reduce',
      viewport: { width: 360, height: 740 },
    });
    const { page } = opened;
    await waitForRun(page);
    await page.getByRole('button', { name: t('sandbox.params.show') }).click();
    expect(await page.locator('[data-side="b"]').isVisible()).toBe(true);
    expect(await page.locator('[data-side="a"]').isVisible()).toBe(false);
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });

  it('moves between states with back and forward, a burst of slider presses being one entry', async () => {
    const opened = await openApp(browser, { query: '?view=sandbox', reducedMotion: 'reduce' });
    const { page } = opened;
    await waitForRun(page);
    await addressSettled(page);
    const entries = await page.evaluate(() => history.length);
    await page.locator('[data-side="a"] [data-group="purchases"] summary').click();
    await page.locator('#a-purchases-grossMargin-slider').focus();
    for (let press = 0; press < 5; press++) await page.keyboard.press('ArrowRight');
    await waitForRun(page);
    await addressSettled(page);
    expect(await page.inputValue(marginField)).toBe('0.4');
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);

    await page.goBack();
    await expect.poll(() => page.inputValue(marginField)).toBe('0.35');
    await waitForRun(page);
    expect(await metricValue(page, 'cumulativeProfit')).toBe(simulate(defaultRunConfig()).summary.cumulativeProfit);
    await page.goForward();
    await expect.poll(() => page.inputValue(marginField)).toBe('0.4');
    await waitForRun(page);
    const expected = simulate({ ...defaultRunConfig(), params: params({ 'purchases.grossMargin': 0.4 }) });
    expect(await metricValue(page, 'cumulativeProfit')).toBe(expected.summary.cumulativeProfit);
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });

  it('opens a crafted link with its valid part applied and a notice of the rest, running no script', async () => {
    const opened = await openApp(browser, { query: CRAFTED_LINK.search, reducedMotion: 'reduce' });
    const { page } = opened;
    await waitForRun(page);
    const notice = page.getByRole('status').filter({ hasText: 'Ignored in the address' });
    const text = await notice.innerText();
    for (const ignored of CRAFTED_LINK.ignoredShown) expect(text).toContain(ignored);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    expect(await page.locator('.notes img, .notes script').count()).toBe(0);
    const expected = simulate({ ...defaultRunConfig(), params: params(CRAFTED_LINK.valid) });
    expect(await metricValue(page, 'cumulativeProfit')).toBe(expected.summary.cumulativeProfit);
    await page.getByRole('button', { name: t('notes.dismissLabel') }).click();
    expect(await page.locator('.notes').count()).toBe(0);
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });

  it('opens a few hundred fuzzed addresses without a page error, a script run or a blank page', async () => {
    const searches = fc.sample(hostileSearches, { numRuns: 200, seed: FUZZ_SEED });
    const context = await browser.newContext({ viewport: { width: 1366, height: 850 } });
    const page = await context.newPage();
    // What is tested is reading the address and drawing the page: the simulations (up to a
    // million people, as fuzzed) are not started, the workers' script being refused.
    await page.route('**/shard.worker*', (route) => route.abort());
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      errors.push(`a dialog opened: ${dialog.message()}`);
      void dialog.dismiss();
    });
    for (const search of searches) {
      await page.goto(appUrl(`?view=sandbox&${search.slice(1)}`), { waitUntil: 'domcontentloaded' });
      await page.waitForSelector('[data-sandbox]', { timeout: 15_000 });
      expect(await page.locator('h1').count(), search).toBeGreaterThan(0);
      expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked), search).toBeUndefined();
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
