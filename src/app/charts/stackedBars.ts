/**
 * Charts of stacked bars by category (e.g. a year of tenure): one bar per run on screen in each
 * category, made of parts stacked up from zero (positive parts) and down from it (negative
 * parts). The bar's total, the sum of its parts, is marked by a black rule across the bar and
 * written above it (barTotals.ts), since with negative parts the top of a bar is not its total. In
 * compare mode A's and B's bars stand side by side in each category: A's parts filled, B's
 * lighter with an outline in the part's colour, each bar named above its total, so the two differ
 * without colour. Dataset `r × parts + i` is part i of run r; the legend names each part once, with
 * a key to A's and B's fills, and clicking a part hides it in both runs. A category a run has no
 * data for is null: no bar, no total.
 */
import type { ChartConfiguration, ChartDataset, ChartOptions, LegendItem } from 'chart.js';
import type { RunResult } from '../../sim/index.ts';
import { formatNumber, type NumberKind } from '../format/numbers.ts';
import { baseOptions, font, valueAxis } from './common.ts';
import type { ChartInput } from './contract.ts';
import { barTotalsPlugin, type BarTotalsOptions } from './barTotals.ts';
import { legendLabelStyle } from './layers.ts';
import { ink, translucent } from './palette.ts';
import { isCompare, runLabel, runsOf } from './runs.ts';

export interface BarPart {
  label: string;
  colour: string;
  /** The part's value in each category for a run; null where the run has nothing there. */
  values: (run: RunResult) => readonly (number | null)[];
}

export interface StackedBars {
  input: ChartInput;
  title: string;
  kind: NumberKind;
  /** The category axis's labels, e.g. "1" … "5+". */
  categories: readonly string[];
  /** The tooltip's heading for a category, e.g. "Year 5+ of tenure". */
  categoryTitle: (index: number) => string;
  parts: readonly BarPart[];
  xTitle: string;
  yTitle: string;
  /** The name of a bar's total in the tooltip. */
  totalLabel: string;
}

/** B's parts are this opaque, with a solid outline: lighter than A's, still their colour. */
const FILL_B = 0.35;

type BarDataset = ChartDataset<'bar', (number | null)[]>;

/** The total of each category's bar for a run (null where no part has a value). */
export function barTotals(run: RunResult, parts: readonly BarPart[]): (number | null)[] {
  const columns = parts.map((part) => part.values(run));
  return columns[0].map((_, index) => {
    const values = columns.map((column) => column[index]).filter((value): value is number => value !== null);
    return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0);
  });
}

function datasets(input: ChartInput, parts: readonly BarPart[]): BarDataset[] {
  const compare = isCompare(input);
  return runsOf(input).flatMap((run, runIndex) =>
    parts.map(
      (part): BarDataset => ({
        label: runLabel(part.label, run, compare),
        data: [...part.values(run.result)],
        backgroundColor: runIndex === 0 ? part.colour : translucent(part.colour, FILL_B),
        // A thin white seam between A's parts; B's outline in the part's colour.
        borderColor: runIndex === 0 ? '#ffffff' : part.colour,
        borderWidth: runIndex === 0 ? 1 : 2,
        stack: run.key,
        categoryPercentage: compare ? 0.82 : 0.62,
        barPercentage: compare ? 0.94 : 1,
      }),
    ),
  );
}

type LegendSettings = NonNullable<NonNullable<ChartOptions<'bar'>['plugins']>['legend']>;

function legend(input: ChartInput, parts: readonly BarPart[]): LegendSettings {
  const runCount = runsOf(input).length;
  const ofPart = (index: number) => Array.from({ length: runCount }, (_, run) => run * parts.length + index);
  const ofRun = (run: number) => Array.from({ length: parts.length }, (_, index) => run * parts.length + index);
  const indicesFor = (item: LegendItem) => (item.datasetIndex !== undefined ? ofPart(item.datasetIndex) : ofRun(item.index ?? 0));
  return {
    position: 'bottom',
    labels: {
      ...legendLabelStyle,
      usePointStyle: false,
      boxWidth: 18,
      generateLabels: (chart) => {
        const hidden = (indices: number[]) => indices.every((index) => !chart.isDatasetVisible(index));
        const entries: LegendItem[] = parts.map((part, index) => ({
          text: part.label,
          fillStyle: part.colour,
          strokeStyle: part.colour,
          lineWidth: 0,
          fontColor: ink.text,
          hidden: hidden(ofPart(index)),
          datasetIndex: index,
        }));
        if (!isCompare(input)) return entries;
        const key = (run: number, text: string, fill: string): LegendItem => ({
          text,
          fillStyle: fill,
          strokeStyle: ink.text,
          lineWidth: 2,
          fontColor: ink.text,
          hidden: hidden(ofRun(run)),
          index: run,
        });
        return [...entries, key(0, input.names.a, ink.text), key(1, input.names.b, translucent(ink.text, FILL_B))];
      },
    },
    onClick: (_event, item, shown) => {
      const chart = shown.chart;
      const indices = indicesFor(item);
      const show = indices.every((index) => !chart.isDatasetVisible(index));
      for (const index of indices) chart.setDatasetVisibility(index, show);
      chart.update();
    },
  };
}

/**
 * A chart.js configuration for the sandbox's cards, as layerChart's: the title kept in the
 * options (for an exported image) but not drawn, since the card shows it as a heading.
 */
export function stackedBarChart(spec: StackedBars): ChartConfiguration {
  const { input, parts, kind } = spec;
  const runs = runsOf(input);
  const base = baseOptions(spec.title, kind) as unknown as ChartOptions<'bar'>;
  const plugins = base.plugins ?? {};
  const totals = runs.map((run) => barTotals(run.result, parts));
  const marks: BarTotalsOptions = {
    names: isCompare(input) ? Object.fromEntries(runs.map((run) => [run.key, run.name])) : {},
    kind,
  };
  const options: ChartOptions<'bar'> = {
    ...base,
    parsing: undefined,
    normalized: undefined,
    interaction: { mode: 'index', intersect: false },
    plugins: {
      ...plugins,
      title: { ...plugins.title, display: false },
      legend: legend(input, parts),
      tooltip: {
        ...plugins.tooltip,
        itemSort: (left, right) => left.datasetIndex - right.datasetIndex,
        callbacks: {
          title: (items) => spec.categoryTitle(items[0]?.dataIndex ?? 0),
          label: (item) => `${item.dataset.label ?? ''}: ${formatNumber(item.parsed.y ?? 0, kind)}`,
          footer: (items) =>
            runs
              .map((run, index) => ({ run, total: totals[index][items[0]?.dataIndex ?? 0] }))
              .filter(({ total }) => total !== null)
              .map(({ run, total }) => `${runLabel(spec.totalLabel, run, isCompare(input))}: ${formatNumber(total ?? 0, kind)}`),
        },
      },
      barTotals: marks,
    },
    scales: {
      x: {
        type: 'category',
        stacked: true,
        title: { display: true, text: spec.xTitle, font: font.axisTitle, color: ink.text },
        ticks: { font: font.body, color: ink.text, maxRotation: 0 },
        grid: { display: false },
      },
      y: { ...valueAxis(spec.yTitle, kind), stacked: true, grace: isCompare(input) ? '20%' : '12%' },
    },
  };
  const config: ChartConfiguration<'bar', (number | null)[]> = {
    type: 'bar',
    data: { labels: [...spec.categories], datasets: datasets(input, parts) },
    options,
    plugins: [barTotalsPlugin],
  };
  // chart.js's configuration type is generic in the chart type; the contract holds any type.
  return config as unknown as ChartConfiguration;
}
