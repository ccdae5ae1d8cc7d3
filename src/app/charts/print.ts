/**
 * Charts on paper. chart.js draws on a canvas sized for the screen, which a printed page would
 * only scale; the report instead redraws each chart at the size of its column on an A4 page
 * (three columns, see print.css), with the small print fonts of common.ts, and gives the chart
 * back to its card's size afterwards. Printing is noticed both by the browser's print events and
 * by the print media query (which also follows print emulation). Sizes in CSS pixels.
 */
import type { Chart } from 'chart.js';

/** A column of the printed report: a third of an A4 page's width within 10 mm margins; low enough that every sandbox chart, the tenure chart too, fits one page. */
export const PRINT_CHART = { width: 232, height: 128 } as const;

/** Charts of panels stacked one above the other get more height on paper as on screen. */
const TALL = new Set(['difference', 'spread']);

export function printSize(chartId: string): { width: number; height: number } {
  return { width: PRINT_CHART.width, height: TALL.has(chartId) ? Math.round(PRINT_CHART.height * 1.5) : PRINT_CHART.height };
}

/**
 * Redraws `chart()` at its print size while the page is printed, and at its card's size again
 * afterwards. Returns a function that stops listening.
 */
export function followPrinting(chartId: string, chart: () => Chart | null): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => undefined;
  const print = window.matchMedia('print');
  let printing = false;
  const toPaper = () => {
    const current = chart();
    if (!current || printing) return;
    printing = true;
    const { width, height } = printSize(chartId);
    // Not responsive while printed: the card's new box on paper must not size the chart again.
    current.options.responsive = false;
    current.update('none');
    current.resize(width, height);
    // A resize chart.js had already queued (it waits a frame) would undo this one: size it again
    // after it. A real print is laid out at once after `beforeprint`, before any frame.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (printing) chart()?.resize(width, height);
      }),
    );
  };
  const toScreen = () => {
    const current = chart();
    if (!current || !printing) return;
    printing = false;
    current.options.responsive = true;
    current.update('none');
    current.resize();
  };
  const onMedia = (event: MediaQueryListEvent) => (event.matches ? toPaper() : toScreen());
  // After printing, unless the page is still shown as print (print emulation, a print preview).
  const afterPrint = () => {
    if (!print.matches) toScreen();
  };
  window.addEventListener('beforeprint', toPaper);
  window.addEventListener('afterprint', afterPrint);
  print.addEventListener('change', onMedia);
  if (print.matches) toPaper();
  return () => {
    window.removeEventListener('beforeprint', toPaper);
    window.removeEventListener('afterprint', afterPrint);
    print.removeEventListener('change', onMedia);
  };
}
