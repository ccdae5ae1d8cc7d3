/**
 * The parts the charts share: the week the words speak of, signed differences, tables a week
 * per row, the legend that names each series once and keys A and B by line pattern, and the
 * cursor line.
 */
import type { Chart, LegendElement, LegendItem } from 'chart.js';
import { describe, expect, it, vi } from 'vitest';
import { cursorPlugin } from '../../../src/app/charts/cursor.ts';
import { layerLegend, type Layer } from '../../../src/app/charts/layers.ts';
import { DASH_B } from '../../../src/app/charts/palette.ts';
import { focusWeek, signed, when } from '../../../src/app/charts/runs.ts';
import { weeklyTable } from '../../../src/app/charts/table.ts';
import { formatCompact } from '../../../src/app/format/numbers.ts';
import { compare, runA, single, WEEKS } from './fixtures.ts';

describe('the week a summary speaks of', () => {
  it('is the last week without a cursor, and the cursor week, kept within the run, with one', () => {
    expect(focusWeek(single())).toBe(WEEKS - 1);
    expect(focusWeek(single(runA, 7))).toBe(7);
    expect(focusWeek(single(runA, 5000))).toBe(WEEKS - 1);
    expect(focusWeek(single(runA, -3))).toBe(0);
    expect(when(single())).toBe(`After ${WEEKS} weeks`);
    expect(when(single(runA, 7))).toBe('By week 8');
    expect(when(single(runA, 7), true)).toBe('by week 8');
  });
});

describe('an axis tick', () => {
  it('is short, with a decimal only where it says something ($1K, not $1.0K, which some engines wrote)', () => {
    expect([1000, 1500, 0, -2000, 600_000].map((value) => formatCompact(value, 'money'))).toEqual(['$1K', '$1.5K', '$0', '-$2K', '$600K']);
    expect([8000, 1200].map((value) => formatCompact(value, 'count'))).toEqual(['8K', '1.2K']);
  });
});

describe('a signed difference', () => {
  it('carries a plus when positive and no sign on zero, even a negative zero', () => {
    expect(signed(1234, 'money')).toBe('+$1,234');
    expect(signed(-56.7, 'money')).toBe('-$56.70');
    expect(signed(12, 'count')).toBe('+12');
    expect(signed(-0, 'count')).toBe('0');
  });
});

describe('a weekly table', () => {
  const values = (run: typeof runA) => run.series.customers;

  it('has a row a week and a column per series', () => {
    const table = weeklyTable(single(), 'People', [{ label: 'Customers', kind: 'count', values }]);
    expect(table).toMatchObject({ caption: 'People', columns: ['Week', 'Customers'] });
    expect(table.rows).toHaveLength(WEEKS);
    expect(table.rows[0]).toEqual(['1', runA.series.customers[0].toLocaleString('en-US')]);
  });

  it('puts A and B side by side in compare mode, named', () => {
    expect(weeklyTable(compare(), 'People', [{ label: 'Customers', kind: 'count', values }]).columns).toEqual([
      'Week', 'Customers (Card)', 'Customers (Bank)',
    ]);
  });

  it('writes a missing week as a dash and a cost of nothing without a minus', () => {
    const table = weeklyTable(single(), 'Money', [
      { label: 'Short', kind: 'count', values: () => [1, 2] },
      { label: 'Nothing', kind: 'money', values: () => new Float64Array(WEEKS).fill(-0) },
    ]);
    expect(table.rows[2]).toEqual(['3', '—', '$0.00']);
  });
});

/** A stand-in for the chart the legend asks which datasets are visible. */
function fakeChart(count: number) {
  const visible = new Array<boolean>(count).fill(true);
  return {
    visible,
    isDatasetVisible: (index: number) => visible[index],
    setDatasetVisibility: (index: number, show: boolean) => {
      visible[index] = show;
    },
    update: vi.fn(),
  };
}

const layers: Layer[] = [
  { label: 'Customers', colour: '#0072B2', stack: 'market', values: (run) => run.series.customers },
  { label: 'Profit', colour: '#000000', values: (run) => run.series.profit },
];

function legendOf(input: Parameters<typeof layerLegend>[0], chart: ReturnType<typeof fakeChart>) {
  const legend = layerLegend(input, layers);
  const items = legend.labels?.generateLabels?.(chart as unknown as Chart) ?? [];
  const click = (item: LegendItem) =>
    legend.onClick?.call(legend as never, {} as never, item, { chart } as unknown as LegendElement<'line'>);
  return { items, click };
}

describe('the legend', () => {
  it('names each series once, an area as a swatch and a line as a stroke', () => {
    const { items } = legendOf(single(), fakeChart(2));
    expect(items.map((item) => item.text)).toEqual(['Customers', 'Profit']);
    expect(items[0].pointStyle).toBe('rect');
    // Without a page to draw on (Node), a line's glyph falls back to chart.js's own line style.
    expect(items[1].pointStyle).toBe('line');
  });

  it('adds a key to the line patterns of A (solid) and B (dashed) in compare mode', () => {
    const { items } = legendOf(compare(), fakeChart(4));
    expect(items.map((item) => item.text)).toEqual(['Customers', 'Profit', 'Card', 'Bank']);
    expect(items[2].lineDash).toEqual([]);
    expect(items[3].lineDash).toEqual(DASH_B);
  });

  it('hides a series in both runs when its entry is clicked, and a whole run when its key is', () => {
    const chart = fakeChart(4);
    const { items, click } = legendOf(compare(), chart);
    click(items[1]);
    expect(chart.visible).toEqual([true, false, true, false]);
    click(items[3]);
    expect(chart.visible).toEqual([true, false, false, false]);
    click(items[1]);
    expect(chart.visible).toEqual([true, true, false, true]);
    expect(chart.update).toHaveBeenCalledTimes(3);
    expect(legendOf(compare(), chart).items[3].hidden).toBe(false);
  });
});

describe('the cursor', () => {
  function drawn(week: number | null, pixel: number) {
    const calls: string[] = [];
    const ctx = new Proxy(
      {},
      {
        get: (_target, name: string) =>
          name === 'measureText' ? () => ({ width: 40 }) : (...args: unknown[]) => calls.push(`${name}(${args.join(',')})`),
        set: () => true,
      },
    );
    const chart = {
      ctx,
      width: 800,
      options: { font: { family: 'sans-serif' } },
      chartArea: { top: 10, bottom: 300, left: 50, right: 750 },
      scales: { x: { getPixelForValue: (value: number) => (value === (week ?? -1) + 1 ? pixel : Number.NaN) } },
    };
    cursorPlugin.afterDatasetsDraw?.(chart as never, {} as never, { week, label: week === null ? '' : `week ${week + 1}` }, false);
    return calls;
  }

  it('draws a vertical line across the plot where the chart draws the cursor week', () => {
    const calls = drawn(52, 400);
    expect(calls).toContain('moveTo(400,10)');
    expect(calls).toContain('lineTo(400,300)');
    expect(calls.some((call) => call.startsWith('fillText(week 53'))).toBe(true);
  });

  it('draws nothing without a cursor or outside the plot', () => {
    expect(drawn(null, 400)).toEqual([]);
    expect(drawn(52, 900)).toEqual([]);
  });
});
