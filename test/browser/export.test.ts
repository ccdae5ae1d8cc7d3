/**
 * The sandbox's exports in Chromium on the production build: "Download the numbers (CSV)" gives
 * exactly the CLI's rows for the same seed and parameters under comment lines naming them, and A
 * and B columns in compare mode; "Save the set-up (JSON)" names the seed; "Save as image" on a
 * chart gives a PNG; and printing hides the controls and shows the report's configuration block.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { resultAsCsv } from '../../src/cli/output.ts';
import { seriesCsv, simulate, type RunResult } from '../../src/sim/index.ts';
import { defaultRunConfig } from '../../src/app/state/startup.ts';
import { t } from '../../src/app/i18n/t.ts';
import { PRINT_CHART } from '../../src/app/charts/print.ts';
import { launchChromium } from '../setup/chromium.ts';
import { openView } from './harness.ts';

let browser: Browser;
let defaults: RunResult;

beforeAll(async () => {
  browser = await launchChromium();
  defaults = simulate(defaultRunConfig());
});

afterAll(async () => {
  await browser?.close();
});

async function settled(page: Page): Promise<void> {
  await page.waitForSelector('[data-sandbox][data-status="done"]', { timeout: 30_000 });
}

async function openSandbox() {
  const opened = await openView(browser, 'sandbox', { reducedMotion: 'reduce' });
  await settled(opened.page);
  return opened;
}

/** Clicks a button that downloads a file and returns the file's name and bytes. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

const rowsOf = (text: string) => text.split('\n').filter((line) => !line.startsWith('#'));

/**
 * The rows of two CSVs, cell by cell: the same header and rows, every cell identical. Numbers are
 * written in the shortest form that reads back to the same double, so equal text is equal bits:
 * the core computes the same numbers in Chromium as in Node (test/browser/engines.test.ts).
 */
function expectSameRows(downloadedText: string, expectedCsv: string): void {
  const actual = rowsOf(downloadedText);
  const expected = expectedCsv.split('\n');
  expect(actual[0]).toBe(expected[0]);
  expect(actual).toHaveLength(expected.length);
  const header = expected[0].split(',');
  const differences: string[] = [];
  expected.forEach((line, row) => {
    const cells = actual[row].split(',');
    line.split(',').forEach((cell, column) => {
      if (cell !== cells[column]) differences.push(`week row ${row}, ${header[column]}: ${cells[column]} ≠ ${cell}`);
    });
  });
  expect(differences).toEqual([]);
}

describe('the sandbox exports', () => {
  it('downloads the same rows as the CLI for the same seed and parameters, with the configuration in comments', async () => {
    const { page, close } = await openSandbox();
    const file = await downloaded(page, () => page.getByRole('button', { name: t('export.csv') }).click());
    const text = file.bytes.toString('utf8');
    expect(file.name).toBe('retention-lab-seed1.csv');
    expect(text.split('\n')[0]).toMatch(/^# .*seed 1, 156 weeks, 10000 people/);
    expectSameRows(text, resultAsCsv(defaults));
    await close();
  });

  it('puts A and B side by side in compare mode', async () => {
    const { page, close } = await openSandbox();
    await page.getByRole('switch', { name: t('sandbox.compare.switch') }).check();
    await page.waitForSelector('[data-sandbox][data-compare="true"]');
    await settled(page);
    const file = await downloaded(page, () => page.getByRole('button', { name: t('export.csv') }).click());
    const text = file.bytes.toString('utf8');
    expect(file.name).toBe('retention-lab-seed1-compare.csv');
    const header = text.split('\n').find((line) => line.startsWith('week,'))!;
    expect(header).toContain('customers A,customers B');
    expectSameRows(text, seriesCsv([{ name: 'A', result: defaults }, { name: 'B', result: defaults }]));
    await close();
  });

  it('saves the set-up as JSON that names the seed', async () => {
    const { page, close } = await openSandbox();
    const file = await downloaded(page, () => page.getByRole('button', { name: t('export.json') }).click());
    const saved = JSON.parse(file.bytes.toString('utf8'));
    expect(saved).toMatchObject({ app: 'retention-lab', seed: 1, weeks: 156, people: 10_000, a: {}, b: null });
    await close();
  });

  it('saves a chart as a PNG image', async () => {
    const { page, close } = await openSandbox();
    const card = page.locator('.chart-card').first();
    const chartId = await card.getAttribute('data-chart');
    const file = await downloaded(page, () => card.getByRole('button', { name: t('export.image') }).click());
    expect(file.name).toBe(`retention-lab-${chartId}-seed1.png`);
    expect([...file.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(file.bytes.length).toBeGreaterThan(10_000);
    await close();
  });

  it('prints a report without controls and with the configuration', async () => {
    const { page, close, pageErrors } = await openSandbox();
    const report = page.locator('[data-print-report]');
    await expect.poll(() => report.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => report.isVisible()).toBe(true);
    expect(await report.locator('[data-report="seed"]').innerText()).toBe('1');
    expect(await report.innerText()).toContain(t('export.report.defaults'));
    for (const hidden of ['#app > header', '[data-sandbox] .params', '[data-sandbox] .controls', '[data-export-menu]']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('.chart-card canvas').first().isVisible()).toBe(true);
    // Each chart redrawn at the size of a column of the report.
    const drawnWidths = () =>
      page.locator('.chart-card canvas').evaluateAll((canvases) => [
        ...new Set(canvases.map((canvas) => Number.parseFloat((canvas as HTMLCanvasElement).style.width))),
      ]);
    await expect.poll(drawnWidths).toEqual([PRINT_CHART.width]);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    // One A4 page (the page tree counts the pages).
    expect(pdf.toString('latin1').match(/\/Type \/Pages[^>]*\/Count (\d+)/)?.[1]).toBe('1');
    await page.emulateMedia({ media: 'screen' });
    // Back on screen, each chart takes its card's width again.
    await expect.poll(async () => Math.min(...(await drawnWidths()))).toBeGreaterThan(PRINT_CHART.width);
    expect(pageErrors).toEqual([]);
    await close();
  });
});
