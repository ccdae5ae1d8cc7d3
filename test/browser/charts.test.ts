/**
 * The charts of the sandbox: once the run is done, the profit and market canvases are drawn,
 * each series in its own colour (read back from the canvas pixels); every chart card has a
 * heading, a summary in words with the run's numbers, and a data table a keyboard user can open
 * and read; and the charts stay within a phone's width.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { okabeIto } from '../../src/app/charts/palette.ts';
import { formatNumber } from '../../src/app/format/numbers.ts';
import { t } from '../../src/app/i18n/t.ts';
import { launchChromium } from '../setup/chromium.ts';
import { metricValue, openView, waitForRun } from './harness.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface Ink {
  width: number;
  height: number;
  /** Pixels that are not transparent. */
  painted: number;
  /** For each colour asked about, the pixels within a small distance of it. */
  colours: number[];
}

/** Counts the painted pixels of a chart's canvas and the pixels near each of `colours`. */
function inkOf(page: Page, chart: string, colours: string[]): Promise<Ink> {
  return page.evaluate(
    ({ chart, colours }) => {
      const canvas = document.querySelector<HTMLCanvasElement>(`[data-chart="${chart}"] canvas`);
      const context = canvas?.getContext('2d');
      if (!canvas || !context) return { width: 0, height: 0, painted: 0, colours: colours.map(() => 0) };
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const targets = colours.map((hex) => [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)));
      const counts = colours.map(() => 0);
      let painted = 0;
      for (let index = 0; index < data.length; index += 4) {
        if (data[index + 3] === 0) continue;
        painted++;
        targets.forEach(([r, g, b], which) => {
          const distance = Math.abs(data[index] - r) + Math.abs(data[index + 1] - g) + Math.abs(data[index + 2] - b);
          if (distance < 40) counts[which]++;
        });
      }
      return { width: canvas.width, height: canvas.height, painted, colours: counts };
    },
    { chart, colours },
  );
}

async function drawsInColours(page: Page, chart: string, colours: string[]): Promise<void> {
  await expect
    .poll(async () => {
      const ink = await inkOf(page, chart, colours);
      return ink.painted > 0.02 * ink.width * ink.height && ink.colours.every((count) => count > 100);
    }, { timeout: 10_000 })
    .toBe(true);
}

describe('the charts', () => {
  it('draw the profit and the customers by state, each series in its colour', async () => {
    // Reduced motion turns animation off, so the final frame is drawn at once.
    const opened = await openView(browser, 'sandbox', { reducedMotion: 'reduce' });
    await waitForRun(opened.page);
    await drawsInColours(opened.page, 'profit', [okabeIto.blue, okabeIto.bluishGreen]);
    await drawsInColours(opened.page, 'market', [okabeIto.blue, okabeIto.vermillion, okabeIto.orange]);
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });

  it('each have a heading, a summary in words, and a canvas described by both', async () => {
    const opened = await openView(browser, 'sandbox', { reducedMotion: 'reduce' });
    await waitForRun(opened.page);
    const cards = opened.page.locator('[data-chart]');
    expect(await cards.count()).toBeGreaterThanOrEqual(6);
    for (const card of await cards.all()) {
      const heading = await card.getByRole('heading').first().innerText();
      expect(heading.trim()).not.toBe('');
      const summary = await card.locator('[data-summary]').innerText();
      expect(summary).toMatch(/\d.*\.$/);
      const image = card.getByRole('img');
      expect(await image.getAttribute('aria-labelledby')).toBeTruthy();
      expect(await image.getAttribute('aria-describedby')).toBeTruthy();
    }
    // The profit chart's words and the headline number speak of the same run.
    const profit = await opened.page.locator('[data-chart="profit"] [data-summary]').innerText();
    expect(profit).toContain(formatNumber(await metricValue(opened.page, 'cumulativeProfit'), 'money'));
    await opened.close();
  });

  it('open their data table by keyboard: a caption, scoped headers and a row a week', async () => {
    const opened = await openView(browser, 'sandbox', { reducedMotion: 'reduce' });
    await waitForRun(opened.page);
    const card = opened.page.locator('[data-chart="market"]');
    const disclosure = card.locator('summary');
    expect(await disclosure.innerText()).toBe(t('chart.table.show'));
    await disclosure.focus();
    await opened.page.keyboard.press('Enter');
    const table = card.getByRole('table');
    await table.waitFor();
    expect(await disclosure.innerText()).toBe(t('chart.table.hide'));
    expect(await table.locator('caption').innerText()).toBe(t('chart.states.caption'));
    expect(await table.locator('thead th[scope="col"]').allInnerTexts()).toEqual([
      t('chart.table.week'), t('chart.states.customers'), t('chart.states.lapsed'), t('chart.states.prospects'),
    ]);
    const weeks = Number(await opened.page.locator('[data-chart="market"]').evaluate(() => {
      const text = document.querySelector('[data-chart="market"] [data-summary]')?.textContent ?? '';
      return text.match(/After (\d+) weeks/)?.[1] ?? '0';
    }));
    expect(await table.locator('tbody tr').count()).toBe(weeks);
    expect(await table.locator('tbody th[scope="row"]').first().innerText()).toBe('1');
    // The table's region takes the focus, so that a keyboard can scroll it.
    await opened.page.keyboard.press('Tab');
    expect(await opened.page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('region');
    await opened.close();
  });

  it('fit a phone’s width without scrolling sideways', async () => {
    const opened = await openView(browser, 'sandbox', { reducedMotion: 'reduce', viewport: { width: 360, height: 740 } });
    await waitForRun(opened.page);
    await drawsInColours(opened.page, 'profit', [okabeIto.blue, okabeIto.bluishGreen]);
    const widths = await opened.page.evaluate(() =>
      [...document.querySelectorAll('[data-chart]')].map((card) => card.getBoundingClientRect().right),
    );
    expect(Math.max(...widths)).toBeLessThanOrEqual(360);
    expect(await opened.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await opened.close();
  });
});
