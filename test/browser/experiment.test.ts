/**
 * The experiment view as a person uses it, in Chromium on the production build: a link with a
 * two-parameter experiment opens the builder filled in; Run draws the heatmap, cell by cell, with
 * the zero contour where B − A changes sign; the CSV download holds the same rows as the core
 * gives in Node for that experiment (the link reruns it to the same numbers); a cell opens the
 * sandbox on that point's parameters and first seed; pause stops new runs, resume goes on, cancel
 * keeps what came in; a wrong part of the address is named and the rest kept; and the sandbox's
 * "Sweep these set-ups" opens the builder on B's lever.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { t } from '../../src/app/i18n/t.ts';
import { paramsOfLink, readLink } from '../../src/app/url/sandboxLink.ts';
import { paramsAt, runBound } from '../../src/experiment/plan.ts';
import { experimentInNode } from '../support/experimentInNode.ts';
import { launchChromium } from '../setup/chromium.ts';
import { seriousViolations } from './axe.ts';
import { openView } from './harness.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** B spends three times A's on marketing; the sweep moves B's spend and both margins. */
const TWO_AXES =
  'compare=on&b.acquisition.spendPerWeek=3000&people=500&weeks=52&sweep=B.acquisition.spendPerWeek=250:4000:4&sweep=purchases.grossMargin=0.2:0.6:3&sweepSeeds=2';

async function runAndWait(page: Page, status = 'done'): Promise<void> {
  await page.locator('[data-control="run"]').click();
  await page.waitForSelector(`[data-experiment-view][data-status="${status}"]`, { timeout: 60_000 });
}

describe('the experiment view', () => {
  it('draws a two-parameter heatmap with its zero contour, the same numbers as the core, and a cell opens its run', async () => {
    const opened = await openView(browser, 'experiment', { query: TWO_AXES, reducedMotion: 'reduce' });
    const { page } = opened;
    await page.waitForSelector('[data-experiment-builder]');
    const { experiment, plan, csv: nodeCsv } = await experimentInNode(TWO_AXES);
    // A's runs: 3 margins; B's: 4 spends × 3 margins; each over 2 seeds.
    expect(await page.locator('[data-experiment-builder]').getAttribute('data-runs')).toBe(String(runBound(experiment)));
    expect(runBound(experiment)).toBe((3 + 12) * 2);
    await runAndWait(page);

    const cells = page.locator('[data-heatmap] [data-point]');
    expect(await cells.count()).toBe(12);
    expect(await page.locator('[data-zero-contour]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-region]').innerText()).toMatch(/B comes out ahead of A at \d+ of 12 points/);

    // The download holds every cell's row, bit for bit what the core gives in Node.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-control="download-csv"]').click()]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toBe(nodeCsv);

    // A cell is a link to its point's run in the sandbox.
    await page.getByText(t('experiment.table.heading')).click();
    expect(await page.locator('[data-experiment-table] tbody tr').count()).toBe(12);
    expect(await seriousViolations(page)).toEqual([]);
    const point = 7;
    await cells.nth(point).click();
    await page.waitForSelector('[data-sandbox][data-status="done"]', { timeout: 60_000 });
    const { link } = readLink(new URL(page.url()).search);
    const { a, b } = paramsOfLink(link);
    expect(link.seed).toBe(plan.seeds[0]);
    expect(a).toEqual(paramsAt(experiment, plan.points[point], 'A'));
    expect(b).toEqual(paramsAt(experiment, plan.points[point], 'B'));
    expect([...opened.consoleErrors, ...opened.pageErrors]).toEqual([]);
    await opened.close();
  });

  it('pauses, resumes and cancels, keeping the results that came in', async () => {
    const query = 'people=30000&weeks=156&sweep=acquisition.spendPerWeek=200:4000:20&sweepSeeds=6';
    const opened = await openView(browser, 'experiment', { query, reducedMotion: 'reduce' });
    const { page } = opened;
    await page.waitForSelector('[data-experiment-builder]');
    await page.locator('[data-control="run"]').click();
    const doneRuns = async () => Number(await page.locator('[data-experiment-status]').getAttribute('data-done'));
    await expect.poll(doneRuns, { timeout: 30_000 }).toBeGreaterThan(0);
    await page.locator('[data-control="pause"]').click();
    await page.waitForSelector('[data-experiment-status="paused"]');
    // The runs under way finish; then nothing more comes in.
    await page.waitForTimeout(1500);
    const paused = await doneRuns();
    await page.waitForTimeout(1000);
    expect(await doneRuns()).toBe(paused);
    await page.locator('[data-control="resume"]').click();
    await expect.poll(doneRuns, { timeout: 30_000 }).toBeGreaterThan(paused);
    await page.locator('[data-control="cancel"]').click();
    await page.waitForSelector('[data-experiment-view][data-status="cancelled"]');
    const cancelled = await doneRuns();
    expect(cancelled).toBeLessThan(120);
    expect(await page.locator('[data-experiment-status]').innerText()).toContain(`Cancelled at ${cancelled} of 120 runs`);
    expect(await page.locator('[data-sweep-line] [data-point]').count()).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    expect(await doneRuns()).toBe(cancelled);
    expect([...opened.consoleErrors, ...opened.pageErrors]).toEqual([]);
    await opened.close();
  });

  it('names a wrong part of the address and keeps the rest', async () => {
    const query = 'compare=on&b.acquisition.spendPerWeek=3000&sweep=no.such=1:2:3&sweepSeeds=3&measure=B-A.customers@10';
    const opened = await openView(browser, 'experiment', { query });
    const { page } = opened;
    await page.waitForSelector('[data-experiment-builder]');
    const notes = await page.locator('.notes').innerText();
    expect(notes).toContain('no.such=1:2:3');
    expect(notes).toContain('is not a parameter of the model');
    // The builder offers B's lever instead, keeps the seeds and the measure, and the address follows.
    expect(await page.locator('#axis-0-key').inputValue()).toBe('acquisition.spendPerWeek');
    expect(await page.locator('#axis-0-target').inputValue()).toBe('B');
    expect(await page.locator('[data-field="repetitions"]').inputValue()).toBe('3');
    await expect.poll(() => new URL(page.url()).searchParams.get('measure')).toBe('B-A.customers@10');
    expect(new URL(page.url()).searchParams.get('sweep')).toMatch(/^B\.acquisition\.spendPerWeek=/);
    await opened.close();
  });

  it('opens from the sandbox on the set-ups there, B’s lever as the first axis', async () => {
    const opened = await openView(browser, 'sandbox', { query: 'compare=on&b.purchases.grossMargin=0.5&people=1000', reducedMotion: 'reduce' });
    const { page } = opened;
    await page.waitForSelector('[data-sandbox][data-status="done"]', { timeout: 60_000 });
    await page.getByRole('link', { name: t('sandbox.experiment.action') }).click();
    await page.waitForSelector('[data-experiment-builder]');
    expect(await page.locator('#axis-0-key').inputValue()).toBe('purchases.grossMargin');
    expect(await page.locator('[data-setup="b"]').innerText()).toContain('0.5');
    expect(await page.locator('[data-field="people"]').inputValue()).toBe('1000');
    await opened.close();
  });
});
