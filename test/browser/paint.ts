/**
 * Whether a chart has been painted: the share of its canvas's pixels that are not transparent,
 * read back from the canvas. A chart drawn with its axes, grid and lines paints a few per cent at
 * least; an empty canvas paints none. `paintedShareExpression` is the same reading as source, for
 * the engines driven by expression (test/support/enginePages.ts).
 */
import type { Page } from 'playwright-core';

/** An expression that evaluates, in a page, to the painted share of `chart`'s canvas (0 without one). */
export function paintedShareExpression(chart: string): string {
  return `(() => {
    const canvas = document.querySelector(${JSON.stringify(`[data-chart="${chart}"] canvas`)});
    const context = canvas && canvas.getContext('2d');
    if (!canvas || !context || canvas.width === 0 || canvas.height === 0) return 0;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let alpha = 3; alpha < data.length; alpha += 4) if (data[alpha] !== 0) painted++;
    return painted / (canvas.width * canvas.height);
  })()`;
}

export async function paintedShare(page: Page, chart: string): Promise<number> {
  return (await page.evaluate(paintedShareExpression(chart))) as number;
}
