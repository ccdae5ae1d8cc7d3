/**
 * The charts: once the run is done, both canvases are drawn, and each shows every one of its
 * series in its own colour (read back from the canvas pixels).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { okabeIto } from '../../src/app/charts/palette.ts';
import { launchChromium } from '../setup/chromium.ts';
import { openApp, waitForRun } from './harness.ts';

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

describe('the charts', () => {
  it('draw the profit and the market by state, each series in its colour', async () => {
    // Reduced motion turns animation off, so the final frame is drawn at once.
    const opened = await openApp(browser, { reducedMotion: 'reduce' });
    await waitForRun(opened.page);
    const expectations = [
      { chart: 'profit', colours: [okabeIto.blue, okabeIto.bluishGreen] },
      { chart: 'market', colours: [okabeIto.blue, okabeIto.vermillion, okabeIto.orange] },
    ];
    for (const { chart, colours } of expectations) {
      await expect
        .poll(async () => {
          const ink = await inkOf(opened.page, chart, colours);
          return ink.painted > 0.02 * ink.width * ink.height && ink.colours.every((count) => count > 100);
        }, { timeout: 10_000 })
        .toBe(true);
    }
    await opened.close();
  });
});
