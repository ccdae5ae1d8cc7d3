/**
 * The app's speed in Chromium, on a production build: what the first load transfers (gzipped
 * JavaScript of the home page), how long the sandbox takes to show its first run, how long a
 * default re-run takes from a slider's key press to new numbers and to every chart redrawn, and
 * the longest task that held the main thread meanwhile (the bar: 50 ms). With `--fit`, the
 * "Your customers" case instead: a million transactions read and fitted (fitBench.ts). Usage:
 * `npm run bench:browser [-- --rounds N] [--fit]`; prints a table, medians and worsts over the
 * rounds, in milliseconds (sizes in KB). Timings depend on the machine and on what else it is doing.
 */
import { readFile, readdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { benchFile, fitRound, type FitRound } from './fitBench.ts';
import { buildApp, serveBuild } from './serveBuild.ts';

interface Round {
  firstRunMs: number;
  firstLoadLongestMs: number;
  firstRunLongestMs: number;
  numbersMs: number;
  chartsMs: number;
  rerunLongestMs: number;
}

/** Gzipped size (KB) of the JavaScript the home page loads: its entry script and module preloads. */
async function firstLoadKb(outDir: string): Promise<number> {
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((match) => match[1]);
  let bytes = 0;
  for (const script of new Set(scripts)) bytes += gzipSync(await readFile(join(outDir, script))).length;
  return bytes / 1024;
}

/** Records long tasks (over 50 ms, as Chromium reports them) from the page's start. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tasks: number[] = [];
    const starts: number[] = [];
    const page = window as unknown as { longTasks: number[]; longTaskStarts: number[]; landedAt: number };
    page.longTasks = tasks;
    page.longTaskStarts = starts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        tasks.push(entry.duration);
        starts.push(entry.startTime);
      }
    }).observe({ type: 'longtask', buffered: true });
    // When the first run's numbers are on screen: the task that put them there, and those after
    // it, are the first run's landing and drawing.
    new MutationObserver((_, observer) => {
      if (!document.querySelector('[data-metric]')) return;
      page.landedAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
}

const longestSince = (page: Page, from: number) =>
  page.evaluate((start) => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks.slice(start)), from);
const taskCount = (page: Page) => page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.length);

async function round(browser: Browser, url: string): Promise<Round> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 850 } });
  const page = await context.newPage();
  await watchLongTasks(page);
  await page.goto(`${url}?view=sandbox`);
  await page.waitForSelector('[data-sandbox][data-status="done"]', { timeout: 60_000 });
  const firstRunMs = await page.evaluate(() => performance.now());
  await page.waitForTimeout(1000);
  const firstLoadLongestMs = await longestSince(page, 0);
  const firstRunLongestMs = await page.evaluate(() => {
    const { longTasks, longTaskStarts, landedAt } = window as unknown as { longTasks: number[]; longTaskStarts: number[]; landedAt: number };
    return Math.max(0, ...longTasks.filter((duration, index) => longTaskStarts[index] + duration >= landedAt));
  });

  await page.locator('[data-side="a"] [data-group="purchases"] summary').click();
  const slider = page.locator('#a-purchases-grossMargin-slider');
  await slider.focus();
  await page.waitForTimeout(500);
  const before = await taskCount(page);
  const profit = await page.getAttribute('[data-metric="cumulativeProfit"]', 'data-value');
  // Times are taken in the page, from the key press to the change it waits for. (A string, since
  // the TypeScript loader would wrap a named function of this file in a helper the page lacks.)
  const times = page.evaluate(`new Promise((done) => {
    const start = performance.now();
    let numbers = 0;
    const check = () => {
      const now = performance.now();
      if (!numbers && document.querySelector('[data-metric="cumulativeProfit"]')?.getAttribute('data-value') !== ${JSON.stringify(profit)}) numbers = now - start;
      if (numbers && document.querySelector('[data-sandbox]')?.getAttribute('data-status') === 'done') done({ numbers, charts: now - start });
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })`) as Promise<{ numbers: number; charts: number }>;
  await page.keyboard.press('ArrowRight');
  const { numbers, charts } = await times;
  await page.waitForTimeout(500);
  const rerunLongestMs = await longestSince(page, before);
  await context.close();
  return { firstRunMs, firstLoadLongestMs, firstRunLongestMs, numbersMs: numbers, chartsMs: charts, rerunLongestMs };
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];

const roundsAt = process.argv.indexOf('--rounds');
const fitCase = process.argv.includes('--fit');
const rounds = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : fitCase ? 3 : 5;
const root = resolve(import.meta.dirname, '../..');
const outDir = await mkdtemp(join(tmpdir(), 'retention-lab-bench-'));

/** The rows of a table of rounds: median and worst of each measure. */
function rowOf<Result>(results: Result[], label: string, key: keyof Result): string {
  const values = results.map((result) => Number(result[key]));
  return `| ${label} | ${median(values).toFixed(0)} | ${Math.max(...values).toFixed(0)} |`;
}

try {
  await buildApp(root, outDir);
  const kb = await firstLoadKb(outDir);
  const chunks = (await readdir(join(outDir, 'assets'))).filter((name) => name.endsWith('.js')).length;
  const served = await serveBuild(root, outDir);
  const browser = await launchChromium();
  try {
    if (fitCase) {
      const file = await benchFile(outDir);
      const results: FitRound[] = [];
      for (let index = 0; index < rounds; index++) results.push(await fitRound(browser, served.url, file.path, watchLongTasks));
      console.log(`"Your customers": ${file.rows.toLocaleString('en')} transactions of 100,000 customers (${file.megabytes.toFixed(1)} MB); goal: at most 10,000 ms, no task over 50 ms`);
      console.log(`\n| fit, ${rounds} rounds (ms) | median | worst |\n| --- | --- | --- |`);
      console.log(rowOf(results, 'file chosen to fits and charts on screen', 'fittedMs'));
      console.log(rowOf(results, 'longest task meanwhile', 'longestTaskMs'));
    } else {
      const results: Round[] = [];
      for (let index = 0; index < rounds; index++) results.push(await round(browser, served.url));
      const row = (label: string, key: keyof Round) => rowOf(results, label, key);
      console.log(`First load: ${kb.toFixed(1)} KB of gzipped JavaScript (of ${chunks} JavaScript files in the build; the rest load on demand)`);
      console.log(`\n| sandbox, ${rounds} rounds (ms) | median | worst |\n| --- | --- | --- |`);
      console.log(row('open to first run shown', 'firstRunMs'));
      console.log(row('longest task while opening (page and first run)', 'firstLoadLongestMs'));
      console.log(row('longest task from the first run landing to its charts drawn', 'firstRunLongestMs'));
      console.log(row('re-run: key press to new numbers', 'numbersMs'));
      console.log(row('re-run: key press to every chart redrawn', 'chartsMs'));
      console.log(row('longest task during a re-run (0: none over 50)', 'rerunLongestMs'));
    }
  } finally {
    await browser.close();
    await served.close();
  }
} finally {
  await rm(outDir, { recursive: true, force: true });
}
