/**
 * The "Your customers" case of the browser benchmark (`npm run bench:browser -- --fit`, issue 12):
 * a file of 1,020,342 transactions of 100,000 customers, made by the demo shop's simulation at a
 * busier shop's rates (each customer buys about ten times in 78 weeks), chosen as a file on the
 * production build's data view; timed in the page from the file's choice to the fits and every
 * chart drawn, with the longest task that held the main thread meanwhile (the bar: 50 ms).
 * The goal: at most 10 s.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { shopCsv, type ShopSpec } from '../../src/analysis/demo/demoShop.ts';

/** 100,000 customers joining over 12 weeks, buying at r = 1, α = 3.4 (a purchase every 3.4 weeks on average), dropping out with p ~ Beta(0.793, 6). */
const BENCH_SHOP: ShopSpec = { customers: 100_000, weeks: 78, joiningDays: 84, truth: { r: 1, alpha: 3.4, a: 0.793, b: 6 } };

export interface FitRound {
  /** From the file's choice to the fits and their charts on screen. */
  fittedMs: number;
  longestTaskMs: number;
}

/** Writes the benchmark's file into `folder`: its path, rows and size. */
export async function benchFile(folder: string): Promise<{ path: string; rows: number; megabytes: number }> {
  const text = shopCsv(BENCH_SHOP, 1);
  const path = join(folder, 'bench-shop.csv');
  await writeFile(path, text);
  return { path, rows: text.split('\n').length - 2, megabytes: text.length / 1e6 };
}

/** One round: a fresh page, the file chosen, timed to the charts. `watch` records the page's long tasks. */
export async function fitRound(browser: Browser, url: string, file: string, watch: (page: Page) => Promise<void>): Promise<FitRound> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 850 } });
  const page = await context.newPage();
  await watch(page);
  await page.goto(`${url}?view=data`);
  await page.waitForSelector('input[type=file]', { state: 'attached' });
  await page.waitForTimeout(500);
  const before = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.length);
  // Timed in the page, from the input's change event to the fit's charts drawn (a string: see browserBench.ts).
  const timed = page.evaluate(`new Promise((done) => {
    document.querySelector('input[type=file]').addEventListener('change', () => {
      const start = performance.now();
      const check = () => {
        const view = document.querySelector('[data-data-view]');
        const drawn = document.querySelector('[data-chart="fit-alive"] canvas')?.width > 0;
        if (view?.getAttribute('data-status') === 'done' && drawn) done(performance.now() - start);
        else if (view?.getAttribute('data-status') === 'failed') done(Number.NaN);
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    }, { once: true });
  })`) as Promise<number>;
  await page.setInputFiles('input[type=file]', file);
  const fittedMs = await timed;
  await page.waitForTimeout(500);
  const longestTaskMs = await page.evaluate((start) => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks.slice(start)), before);
  await context.close();
  return { fittedMs, longestTaskMs };
}
