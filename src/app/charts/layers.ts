/**
 * Charts made of layers: each layer is one weekly series of a run, drawn as a line or as an area
 * stacked on the layers before it in its stack group. In compare mode every layer is drawn for
 * A (areas filled, lines solid) and for B (dashed outlines on top), datasets of A first, then
 * the same layers of B in the same order, so dataset `r × layers + i` is layer i of run r.
 * The legend names each layer once and adds a key to the line patterns of A and B; clicking a
 * layer's entry hides it in both runs.
 */
import type { ChartConfiguration, ChartDataset, ChartOptions, LegendItem, Plugin, PointStyle } from 'chart.js';
import type { RunResult } from '../../sim/index.ts';
import { formatNumber, type NumberKind } from '../format/numbers.ts';
import { t } from '../i18n/t.ts';
import { baseOptions, font, NARROW, points, type Point } from './common.ts';
import type { ChartInput } from './contract.ts';
import { cursorPlugin } from './cursor.ts';
import { GLYPH_WIDTH, lineGlyph } from './glyph.ts';
import { DASH_B, ink, translucent } from './palette.ts';
import { isCompare, runLabel, runsOf } from './runs.ts';

export interface Layer {
  label: string;
  colour: string;
  values: (run: RunResult) => ArrayLike<number>;
  /** Stack group of an area; a layer without one is a line. */
  stack?: string;
  /** The value axis (scale id); 'y' unless told. */
  axis?: string;
  /** How the tooltip writes its values; the chart's kind unless told. */
  kind?: NumberKind;
  /** Line width in px. */
  width?: number;
  /** A marker drawn every few weeks on a line, so that lines differ by shape as well as colour. */
  marker?: PointStyle;
}

/** Weeks between markers on a line. */
export const MARKER_EVERY = 13;

type LineDataset = ChartDataset<'line', Point[]>;

/** The datasets of every layer of every run on screen (see the module comment for the order). */
export function layerDatasets(input: ChartInput, layers: readonly Layer[]): LineDataset[] {
  const compare = isCompare(input);
  return runsOf(input).flatMap((run, runIndex) =>
    layers.map((layer, index): LineDataset => {
      const area = layer.stack !== undefined;
      const filled = area && runIndex === 0;
      const firstOfStack = layers.findIndex((other) => other.stack === layer.stack) === index;
      return {
        label: runLabel(layer.label, run, compare),
        data: points(layer.values(run.result)),
        yAxisID: layer.axis ?? 'y',
        borderColor: layer.colour,
        backgroundColor: filled ? translucent(layer.colour, 0.5) : layer.colour,
        borderWidth: layer.width ?? (area && !compare ? 1.5 : 2.5),
        borderDash: run.dash,
        fill: filled ? (firstOfStack ? 'origin' : '-1') : false,
        // Each stack group stacks within one run; a line is a stack of its own.
        stack: `${area ? layer.stack : `line${index}`}-${run.key}`,
        // Every dataset has the same keys (undefined: chart.js's default), so that a chart updated
        // in place (ChartCard) keeps no option of the dataset that was at this index before.
        pointStyle: layer.marker,
        pointBackgroundColor: layer.marker ? layer.colour : undefined,
        pointRadius: layer.marker
          ? (context: { dataIndex: number; chart: { width: number } }) =>
              context.dataIndex % MARKER_EVERY === MARKER_EVERY - 1 ? (context.chart.width < NARROW ? 4 : 6) : 0
          : undefined,
        // B's dashed outlines are drawn over A's filled areas (a lower order is drawn later).
        order: runIndex === 0 ? 0 : -1,
      };
    }),
  );
}

/** Dataset indices of layer `index` in every run. */
function indicesOf(index: number, layerCount: number, runCount: number): number[] {
  return Array.from({ length: runCount }, (_, run) => run * layerCount + index);
}

/** How legend entries look: a glyph of the line (or a swatch of the area) and large text. */
export const legendLabelStyle = {
  font: font.body,
  color: ink.text,
  usePointStyle: true,
  pointStyleWidth: GLYPH_WIDTH,
  boxHeight: 14,
  padding: 12,
} as const;

/** The legend: one entry per layer, then in compare mode "A" (solid) and "B" (dashed). */
type LegendSettings = NonNullable<NonNullable<ChartOptions<'line'>['plugins']>['legend']>;

export function layerLegend(input: ChartInput, layers: readonly Layer[]): LegendSettings {
  const runCount = runsOf(input).length;
  const runIndices = (run: number) => Array.from({ length: layers.length }, (_, index) => run * layers.length + index);
  const indicesFor = (item: LegendItem) =>
    item.datasetIndex !== undefined ? indicesOf(item.datasetIndex, layers.length, runCount) : runIndices(item.index ?? 0);
  return {
    position: 'bottom',
    labels: {
      ...legendLabelStyle,
      generateLabels: (chart) => {
        const hidden = (indices: number[]) => indices.every((index) => !chart.isDatasetVisible(index));
        const entries: LegendItem[] = layers.map((layer, index) => {
          const area = layer.stack !== undefined;
          return {
            text: layer.label,
            fillStyle: area ? translucent(layer.colour, 0.5) : layer.colour,
            strokeStyle: layer.colour,
            lineWidth: area ? 1.5 : 3.5,
            pointStyle: area ? 'rect' : lineGlyph(layer.colour, 3, [], layer.marker),
            fontColor: ink.text,
            hidden: hidden(indicesOf(index, layers.length, runCount)),
            datasetIndex: index,
          };
        });
        if (!isCompare(input)) return entries;
        const key = (run: number, text: string, dash: number[]): LegendItem => ({
          text,
          fillStyle: ink.text,
          strokeStyle: ink.text,
          lineWidth: 3,
          lineDash: dash,
          pointStyle: lineGlyph(ink.text, 3, dash),
          fontColor: ink.text,
          hidden: hidden(runIndices(run)),
          index: run,
        });
        return [...entries, key(0, input.names.a, []), key(1, input.names.b, DASH_B)];
      },
    },
    onClick: (_event, item, legend) => {
      const chart = legend.chart;
      const indices = indicesFor(item);
      const show = indices.every((index) => !chart.isDatasetVisible(index));
      for (const index of indices) chart.setDatasetVisibility(index, show);
      chart.update();
    },
  };
}

export interface LayerChart {
  input: ChartInput;
  title: string;
  /** How the tooltip writes values of layers that do not say. */
  kind: NumberKind;
  layers: readonly Layer[];
  scales: NonNullable<ChartOptions<'line'>['scales']>;
  /** Extra options (e.g. onResize), merged over the base. */
  options?: Partial<ChartOptions<'line'>>;
  /** Plugins of this chart alone, besides the cursor. */
  plugins?: Plugin<'line'>[];
}

/**
 * A chart.js configuration for the sandbox's cards: the title is kept in the options (for an
 * exported image) but not drawn, since the card shows it as a heading; the cursor plugin is
 * given to this chart alone.
 */
export function layerChart(spec: LayerChart): ChartConfiguration {
  const { input, layers } = spec;
  const options = baseOptions(spec.title, spec.kind);
  const plugins = options.plugins ?? {};
  options.plugins = {
    ...plugins,
    title: { ...plugins.title, display: false },
    legend: layerLegend(input, layers),
    tooltip: {
      ...plugins.tooltip,
      itemSort: (left, right) => left.datasetIndex - right.datasetIndex,
      callbacks: {
        ...plugins.tooltip?.callbacks,
        label: (item) => {
          const layer = layers[item.datasetIndex % layers.length];
          return `${item.dataset.label ?? ''}: ${formatNumber(item.parsed.y ?? 0, layer?.kind ?? spec.kind)}`;
        },
      },
    },
    cursor: {
      week: input.cursorWeek,
      label: input.cursorWeek === null ? '' : t('chart.cursor', { week: input.cursorWeek + 1 }),
    },
  };
  options.scales = spec.scales;
  Object.assign(options, spec.options);
  const config: ChartConfiguration<'line', Point[]> = {
    type: 'line',
    data: { datasets: layerDatasets(input, layers) },
    options,
    plugins: [cursorPlugin, ...(spec.plugins ?? [])],
  };
  // chart.js's configuration type is generic in the chart type; the contract holds any type.
  return config as unknown as ChartConfiguration;
}

/** The layers whose series is not zero throughout in any run on screen. */
export function nonZero(input: ChartInput, layers: readonly Layer[]): Layer[] {
  return layers.filter((layer) =>
    runsOf(input).some((run) => Array.prototype.some.call(layer.values(run.result), (value: number) => value !== 0)),
  );
}
