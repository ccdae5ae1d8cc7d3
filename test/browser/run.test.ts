/**
 * The run in the browser (the sandbox view): its Web Workers give exactly the numbers the core
 * gives in Node for the same configuration, whatever the number of workers; a bad worker count in
 * the address is ignored with a note; a worker that cannot start is a visible error, not an
 * uncaught one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { simulate, type Summary } from '../../src/sim/index.ts';
import { defaultRunConfig } from '../../src/app/state/startup.ts';
import { t } from '../../src/app/i18n/t.ts';
import { launchChromium } from '../setup/chromium.ts';
import { metricValue, openView, waitForRun } from './harness.ts';

const shown: (keyof Summary)[] = ['customers', 'cumulativeProfit', 'retentionAnnual', 'costPerCustomerWon', 'valuePerCustomer'];

let browser: Browser;
let node: Summary;

beforeAll(async () => {
  browser = await launchChromium();
  node = simulate(defaultRunConfig()).summary;
});

afterAll(async () => {
  await browser?.close();
});

async function shownValues(page: Page): Promise<Record<string, number>> {
  const values: Record<string, number> = {};
  for (const name of shown) values[name] = await metricValue(page, name);
  return values;
}

function expected(): Record<string, number> {
  return Object.fromEntries(shown.map((name) => [name, node[name]]));
}

describe('the run in the browser', () => {
  it('gives, bit for bit, the numbers simulate() gives in Node for the same configuration', async () => {
    const opened = await openView(browser, 'sandbox');
    await waitForRun(opened.page);
    const values = await shownValues(opened.page);
    expect(Number.isFinite(values.customers) && Number.isFinite(values.cumulativeProfit)).toBe(true);
    expect(values).toEqual(expected());
    await opened.close();
  });

  it('gives the same numbers split over two workers as on one', async () => {
    const opened = await openView(browser, 'sandbox', { query: '?workers=2' });
    await waitForRun(opened.page);
    expect(opened.page.workers()).toHaveLength(2);
    expect(await shownValues(opened.page)).toEqual(expected());
    await opened.close();
  });

  it('ignores an out-of-range worker count with a visible note and runs on one worker', async () => {
    const opened = await openView(browser, 'sandbox', { query: '?workers=99' });
    await waitForRun(opened.page);
    expect(await opened.page.locator('.notes').innerText()).toContain('workers=99');
    expect(opened.page.workers()).toHaveLength(1);
    expect(await shownValues(opened.page)).toEqual(expected());
    await opened.close();
  });

  it('shows a visible error, not an uncaught exception, when a worker cannot start, and runs when asked again', async () => {
    const opened = await openView(browser, 'sandbox', {
      prepare: (page) => page.route('**/shard.worker*', (route) => route.abort()),
    });
    await opened.page.waitForSelector('[data-status="failed"]');
    const alert = opened.page.getByRole('alert');
    expect(await alert.isVisible()).toBe(true);
    expect(await alert.innerText()).toContain(t('sandbox.status.failed'));
    expect(opened.pageErrors).toEqual([]);

    await opened.page.unroute('**/shard.worker*');
    await opened.page.getByRole('button', { name: t('sandbox.status.retry') }).click();
    await waitForRun(opened.page);
    expect(await shownValues(opened.page)).toEqual(expected());
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });
});
