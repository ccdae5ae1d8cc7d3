/**
 * "Your customers" as a person uses it, in Chromium on the production build: CDNOW's raw
 * purchases (read from ../shared at test time, never copied in) chosen as a file; the page names
 * the column it could not read as dates and shows the file's first rows; the reader picks the
 * date and amount columns and the end of calibration, and the fits come out as the core gives
 * them in Node, with the holdout check, the year's forecast and the charts of how well they
 * track the customers (the holdout weeks marked); the forecast downloads as CSV; "Open the sandbox with your
 * customers" runs the sandbox on the calibration; a summary and a cohort table dropped on the
 * page are fitted and drawn too; the demo shop, one click, is simulated, fitted and set beside its
 * truth, and downloads as the file Node makes; and nothing is sent to any origin.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_CALIBRATION_END, demoShopCsv } from '../../src/analysis/demo/demoShop.ts';
import { fitFile } from '../../src/analysis/fitFile.ts';
import { cohortValue } from '../../src/analysis/diagnostics/cohortValue.ts';
import { formatSignificant } from '../../src/app/format/numbers.ts';
import { t } from '../../src/app/i18n/t.ts';
import { readLink } from '../../src/app/url/sandboxLink.ts';
import { CDNOW_FOLDER } from '../support/buyTillYouDie.ts';
import { launchChromium } from '../setup/chromium.ts';
import { seriousViolations } from './axe.ts';
import { offOrigin, openView, waitForRun } from './harness.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const RAW = `${CDNOW_FOLDER}CDNOW_sample.txt`;
const SUMMARY = `${CDNOW_FOLDER}cdnow_customers_summary.csv`;

describe.skipIf(!existsSync(RAW))('"Your customers"', () => {
  it('fits CDNOW chosen as a file, once its columns are picked, to the core\'s numbers, and opens the sandbox on the calibration', async () => {
    const opened = await openView(browser, 'data');
    const { page } = opened;
    await page.locator('input[type=file]').setInputFiles({ name: 'CDNOW_sample.txt', mimeType: 'text/plain', buffer: readFileSync(RAW) });
    await page.waitForSelector('[data-data-view][data-status="failed"]', { timeout: 30_000 });
    expect(await page.getByRole('alert').innerText()).toContain('column 2 (such as "0001") holds no dates');
    expect(await page.locator('[data-column-choices] tbody tr').count()).toBe(5);

    await page.getByLabel('Date', { exact: true }).selectOption('3');
    await page.getByLabel('Amount').selectOption('5');
    await page.getByLabel('Calibration ends on').fill('19970930');
    await page.getByRole('button', { name: 'Fit again' }).click();
    await page.waitForSelector('[data-data-view][data-status="done"]', { timeout: 60_000 });

    const core = fitFile(readFileSync(RAW, 'utf8'), { customer: 1, date: 3, amount: 5, calibrationEnd: '19970930' });
    if (!core.ok || core.value.kind !== 'transactions') throw new Error('the core could not fit CDNOW');
    for (const fitted of core.value.fits) {
      for (const [name, estimate] of Object.entries(fitted.estimates)) {
        // To the bit: the fits use the engine-independent elementary functions (src/sim/math).
        const shown = Number(await page.getAttribute(`tr[data-model="${fitted.model}"] ~ tr[data-parameter="${name}"]`, 'data-value'));
        expect({ model: fitted.model, name, shown }).toEqual({ model: fitted.model, name, shown: estimate.value });
      }
    }
    expect(await page.getAttribute('[data-better]', 'data-better')).toBe('bgnbd');
    expect(await page.locator('[data-holdout]').innerText()).toContain('1,882 purchases in 39 weeks');
    expect(await page.locator('[data-fit-kind]').innerText()).toContain('6,919 transactions of 2,357 customers, calibrated to 1997-09-30');
    await expect.poll(() => chartsDrawn(page), { timeout: 10_000 }).toEqual(['fit-weekly', 'fit-cumulative', 'fit-histogram', 'fit-alive']);
    expect(await page.locator('[data-chart="fit-weekly"] [data-summary]').innerText()).toMatch(/^In the 39 weeks after calibration your customers made 1,882 repeat purchases/);
    expect(await page.locator('[data-chart="fit-histogram"] [data-summary]').innerText()).toMatch(/^1,411 of your 2,357 customers made no repeat purchase/);
    expect(Number(await page.getAttribute('[data-forecast]', 'data-purchases'))).toBeCloseTo(core.value.diagnostics!.forecast.expectedPurchases, 6);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /forecast/ }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8').trim().split('\n');
    expect(download.suggestedFilename()).toBe('CDNOW_sample-forecast.csv');
    expect(csv).toHaveLength(2358);
    expect(csv[1]!.startsWith('00004,2,30.4286,38.8571,22.345,0.72662,')).toBe(true);

    expect(await seriousViolations(page)).toEqual([]);
    expect(offOrigin(opened.requests)).toEqual([]);
    expect(opened.requests.some((url) => url.includes('CDNOW'))).toBe(false);

    await page.locator('[data-open-sandbox]').click();
    await waitForRun(page);
    const link = readLink(new URL(page.url()).search);
    expect(link.link.a['churn.dropoutEnabled']).toBe(true);
    expect(Number(link.link.a['churn.dropoutA'])).toBeCloseTo(core.value.fits[0]!.estimates.a!.value, 9);
    expect([...opened.pageErrors, ...opened.consoleErrors]).toEqual([]);
    await opened.close();
  }, 120_000);

  it('fits a customer summary dropped on the page', async () => {
    const opened = await openView(browser, 'data');
    const { page } = opened;
    const text = readFileSync(SUMMARY, 'utf8');
    // The view is loaded when first opened: wait for its drop zone before dropping on it.
    await page.waitForSelector('[data-drop-zone]', { timeout: 30_000 });
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'summary.csv', { type: 'text/csv' }));
      document.querySelector('[data-drop-zone]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, text);
    await page.waitForSelector('[data-data-view][data-status="done"]', { timeout: 60_000 });
    expect(await page.getAttribute('[data-fit-kind]', 'data-fit-kind')).toBe('summary');
    expect(Number(await page.getAttribute('tr[data-model="bgnbd"] ~ tr[data-parameter="r"]', 'data-value'))).toBeCloseTo(0.2426, 3);
    expect(await page.locator('[data-column-choices]').count()).toBe(0);
    // A summary has no dates: no tracking plot.
    await expect.poll(() => chartsDrawn(page), { timeout: 10_000 }).toEqual(['fit-histogram', 'fit-alive']);
    // Read in days, the same customers buy seven times as often a week: α, a time scale, is a seventh.
    const alpha = Number(await page.getAttribute('tr[data-model="bgnbd"] ~ tr[data-parameter="alpha"]', 'data-value'));
    await page.getByLabel(/its recency and T are in/).selectOption('days');
    await page.waitForSelector('[data-data-view][data-status="done"] #summary-unit', { timeout: 60_000 });
    await expect.poll(async () => Number(await page.getAttribute('tr[data-model="bgnbd"] ~ tr[data-parameter="alpha"]', 'data-value')) * 7 / alpha, { timeout: 60_000 }).toBeCloseTo(1, 3);
    await opened.close();
  }, 60_000);

  it('fits a cohort table, draws its survival curve past the table and says what a customer is worth', async () => {
    const opened = await openView(browser, 'data');
    const { page } = opened;
    await page.locator('input[type=file]').setInputFiles({ name: 'regular.csv', mimeType: 'text/csv', buffer: Buffer.from(REGULAR_COHORT) });
    await page.waitForSelector('[data-data-view][data-status="done"]', { timeout: 30_000 });
    expect(await page.getAttribute('[data-fit-kind]', 'data-fit-kind')).toBe('cohort');
    expect(Number(await page.getAttribute('tr[data-model="sbg"] ~ tr[data-parameter="alpha"]', 'data-value'))).toBeCloseTo(0.704, 2);
    await expect.poll(() => chartsDrawn(page), { timeout: 10_000 }).toEqual(['fit-survival']);
    expect(await page.locator('[data-chart="fit-survival"] [data-summary]').innerText()).toMatch(/^After the table’s 7 periods 24\.1% of the cohort are still active; the sBG model projects 15\.\d% after 14 periods/);
    expect(await page.locator('[data-derl]').innerText()).toMatch(/expected to renew \d\.\d\d more times/);
    // The worth at the reader's rate and margin, as the core gives it in Node; a rate that is not one is said and the last kept.
    const parameters = {
      alpha: Number(await page.getAttribute('tr[data-model="sbg"] ~ tr[data-parameter="alpha"]', 'data-value')),
      beta: Number(await page.getAttribute('tr[data-model="sbg"] ~ tr[data-parameter="beta"]', 'data-value')),
    };
    expect(Number(await page.getAttribute('[data-derl]', 'data-derl'))).toBeCloseTo(cohortValue(parameters, 7, 0.1).residualRenewals, 6);
    await page.getByLabel(t('data.derl.rate')).fill('0.8');
    await page.getByLabel(t('data.derl.margin')).fill('25');
    await expect.poll(() => page.getAttribute('[data-derl]', 'data-derl-rate')).toBe('0.008');
    const monthly = cohortValue(parameters, 7, 0.008);
    expect(Number(await page.getAttribute('[data-derl]', 'data-derl'))).toBeCloseTo(monthly.residualRenewals, 6);
    expect(await page.locator('[data-derl-money]').innerText()).toContain(`a customer still active is worth ${formatSignificant(25 * monthly.residualRenewals, 4)}`);
    await page.getByLabel(t('data.derl.rate')).fill('150');
    await page.waitForSelector('[data-derl-refused="rate"]');
    expect(await page.getAttribute('[data-derl]', 'data-derl-rate')).toBe('0.008');
    expect([...opened.pageErrors, ...opened.consoleErrors]).toEqual([]);
    await opened.close();
  }, 60_000);
});

describe('the demo shop', () => {
  it('is simulated and fitted at one click, its truth within the fit\'s intervals, and downloads as Node makes it', async () => {
    const opened = await openView(browser, 'data');
    const { page } = opened;
    await page.getByRole('button', { name: 'Try the demo shop' }).click();
    await page.waitForSelector('[data-data-view][data-status="done"] [data-demo-truth]', { timeout: 60_000 });
    expect(await page.locator('[data-demo-truth] tr[data-within]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-within')))).toEqual(['true', 'true', 'true', 'true']);
    expect(await page.getByLabel('Calibration ends on').inputValue()).toBe(DEMO_CALIBRATION_END);
    await expect.poll(() => chartsDrawn(page), { timeout: 10_000 }).toEqual(['fit-weekly', 'fit-cumulative', 'fit-histogram', 'fit-alive']);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-demo-download]').click()]);
    expect(download.suggestedFilename()).toBe('demo-shop.csv');
    expect(readFileSync((await download.path())!, 'utf8')).toBe(demoShopCsv(1));
    expect(offOrigin(opened.requests)).toEqual([]);
    expect([...opened.pageErrors, ...opened.consoleErrors]).toEqual([]);
    await opened.close();
  }, 90_000);
});

/** Fader & Hardie's (2007) Regular cohort, years 0–7. */
const REGULAR_COHORT = 'period,active\n0,1000\n1,631\n2,468\n3,382\n4,326\n5,289\n6,262\n7,241\n';

/** The charts on the page that have drawn a canvas, in their order (they come one per frame: polled). */
function chartsDrawn(page: Page): Promise<string[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll('[data-chart]'), (card) => (card.querySelector('canvas')?.width ? card.getAttribute('data-chart')! : '')).filter(Boolean));
}
