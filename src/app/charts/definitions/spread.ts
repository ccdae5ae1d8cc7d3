/**
 * The spread across seeds: the configurations on screen run over many seeds, drawn as the median
 * and the 10–90% band of cumulative profit (dollars) and customers (people), each in its own
 * panel, for A and, in compare mode, for B, with a third panel for B − A in cumulative profit,
 * seed by seed. Whether a difference between A and B is the policy or luck shows in that band:
 * wholly above zero, the policy; straddling it, possibly luck. Shown once a spread has been run
 * for exactly the runs on screen.
 */
import type { LegendItem, Plugin } from 'chart.js';
import type { SeedSpread, SeriesBand } from '../../../analysis/seedSpread.ts';
import { formatNumber, type NumberKind } from '../../format/numbers.ts';
import { t, type MessageKey } from '../../i18n/t.ts';
import { baseOptions, valueTitlesOnlyWhenWide, weekAxis } from '../common.ts';
import type { ChartDefinition, ChartInput, DataTable } from '../contract.ts';
import { cursorPlugin } from '../cursor.ts';
import { lineGlyph } from '../glyph.ts';
import { legendLabelStyle } from '../layers.ts';
import { bandDatasets, BAND_DATASETS, type BandDataset } from '../bands.ts';
import { DASH_B, ink, okabeIto, translucent } from '../palette.ts';
import { panelRules, panelScales } from '../panels.ts';
import { focusWeek, signed, valueAt, when } from '../runs.ts';

interface Panel {
  id: 'cumulativeProfit' | 'customers' | 'difference';
  label: MessageKey;
  axis: MessageKey;
  kind: NumberKind;
  colour: string;
}

const PANELS: readonly Panel[] = [
  { id: 'cumulativeProfit', label: 'chart.spread.cumulative', axis: 'chart.spread.cumulativeAxis', kind: 'money', colour: okabeIto.blue },
  { id: 'customers', label: 'chart.spread.customers', axis: 'chart.spread.customersAxis', kind: 'count', colour: okabeIto.orange },
  { id: 'difference', label: 'chart.spread.difference', axis: 'chart.spread.differenceAxis', kind: 'money', colour: okabeIto.reddishPurple },
];

/** One band on the chart: a panel's series for one run (or the difference). */
interface BandOnChart {
  panel: Panel;
  run: 'a' | 'b' | 'difference';
  band: SeriesBand;
}

function spreadOf(input: ChartInput): SeedSpread {
  if (!input.spread) throw new Error('The spread chart needs a spread across seeds');
  return input.spread;
}

const names = (input: ChartInput) => ({ a: input.names.a, b: input.names.b });

/** The panels on screen, top to bottom: the difference only in compare mode. */
function panelsOf(spread: SeedSpread): Panel[] {
  return PANELS.filter((panel) => panel.id !== 'difference' || spread.difference !== null);
}

function bandsOf(spread: SeedSpread): BandOnChart[] {
  const bands: BandOnChart[] = [];
  for (const panel of panelsOf(spread)) {
    if (panel.id === 'difference') {
      if (spread.difference) bands.push({ panel, run: 'difference', band: spread.difference });
      continue;
    }
    bands.push({ panel, run: 'a', band: spread.a[panel.id] });
    if (spread.b) bands.push({ panel, run: 'b', band: spread.b[panel.id] });
  }
  return bands;
}

/** "Cumulative profit (A)", or the difference's own name. */
function bandName(input: ChartInput, band: BandOnChart): string {
  const label = t(band.panel.label, names(input));
  if (band.run === 'difference' || !input.spread?.b) return label;
  return t('chart.run.series', { series: label, run: input.names[band.run] });
}

/** Indices of the datasets of the bands that pass `test`. */
function datasetsWhere(bands: readonly BandOnChart[], test: (band: BandOnChart) => boolean, part?: number): number[] {
  return bands.flatMap((band, index) =>
    test(band)
      ? Array.from({ length: BAND_DATASETS }, (_, offset) => index * BAND_DATASETS + offset).filter(
          (dataset) => part === undefined || dataset % BAND_DATASETS === part,
        )
      : [],
  );
}

interface LegendEntry {
  item: LegendItem;
  datasets: number[];
}

function legendEntries(input: ChartInput, bands: readonly BandOnChart[]): LegendEntry[] {
  const spread = spreadOf(input);
  const entry = (text: string, colour: string, datasets: number[], dash: number[] = [], fill?: string): LegendEntry => ({
    item: {
      text,
      fillStyle: fill ?? colour,
      strokeStyle: colour,
      lineWidth: 3,
      lineDash: dash,
      pointStyle: fill ? 'rect' : lineGlyph(colour, 3, dash),
      fontColor: ink.text,
    },
    datasets,
  });
  const entries = panelsOf(spread).map((panel) =>
    entry(t(panel.label, names(input)), panel.colour, datasetsWhere(bands, (band) => band.panel === panel)),
  );
  entries.push(entry(t('chart.spread.band'), ink.muted, [], [], translucent(ink.muted, 0.35)));
  if (spread.b) {
    entries.push(entry(input.names.a, ink.text, datasetsWhere(bands, (band) => band.run === 'a')));
    entries.push(entry(input.names.b, ink.text, datasetsWhere(bands, (band) => band.run === 'b'), DASH_B));
  }
  return entries;
}

function config(input: ChartInput) {
  const spread = spreadOf(input);
  const bands = bandsOf(spread);
  const panels = panelsOf(spread);
  const datasets: BandDataset[] = bands.flatMap((band) => {
    const name = bandName(input, band);
    return bandDatasets(band.band, {
      label: {
        median: t('chart.spread.median', { series: name }),
        low: t('chart.spread.low', { series: name }),
        high: t('chart.spread.high', { series: name }),
      },
      colour: band.panel.colour,
      axis: band.panel.id,
      dash: band.run === 'b' ? DASH_B : [],
    });
  });
  const title = t('chart.spread.title', { seeds: spread.seeds.length });
  const options = baseOptions(title, 'money');
  const entries = legendEntries(input, bands);
  options.plugins = {
    ...options.plugins,
    title: { ...options.plugins?.title, display: false },
    legend: {
      position: 'bottom',
      labels: {
        ...legendLabelStyle,
        generateLabels: (chart) =>
          entries.map((entry, index) => ({
            ...entry.item,
            index,
            hidden: entry.datasets.length > 0 && entry.datasets.every((dataset) => !chart.isDatasetVisible(dataset)),
          })),
      },
      // A panel's entry shows or hides its bands in every run; A's or B's, every band of that run.
      onClick: (_event, item, legend) => {
        const datasets = entries[item.index ?? -1]?.datasets ?? [];
        const show = datasets.every((dataset) => !legend.chart.isDatasetVisible(dataset));
        for (const dataset of datasets) legend.chart.setDatasetVisibility(dataset, show);
        legend.chart.update();
      },
    },
    tooltip: {
      ...options.plugins?.tooltip,
      callbacks: {
        ...options.plugins?.tooltip?.callbacks,
        label: (item) => {
          const band = bands[Math.floor(item.datasetIndex / BAND_DATASETS)];
          return `${item.dataset.label ?? ''}: ${formatNumber(item.parsed.y ?? 0, band?.panel.kind ?? 'money')}`;
        },
      },
    },
    cursor: {
      week: input.cursorWeek,
      label: input.cursorWeek === null ? '' : t('chart.cursor', { week: input.cursorWeek + 1 }),
    },
  };
  options.scales = {
    x: weekAxis(spread.weeks),
    ...panelScales(
      panels.map((panel) => ({
        id: panel.id,
        title: t(panel.axis),
        kind: panel.kind,
        colour: panel.colour,
        aroundZero: panel.id === 'difference',
      })),
      'spread',
    ),
  };
  // On a phone the axis titles would cover the ticks: the coloured ticks and the legend tell the panels apart.
  options.onResize = valueTitlesOnlyWhenWide;
  const plugins: Plugin<'line'>[] = [cursorPlugin, panelRules(panels.map((panel) => panel.id))];
  return { type: 'line' as const, data: { datasets }, options, plugins };
}

/** "$1,234 (10–90%: $800 to $1,600)" for one band in one week. */
function spreadAt(band: SeriesBand, week: number, kind: NumberKind, withSign = false): string {
  const write = (value: number) => (withSign ? signed(value, kind) : formatNumber(value, kind));
  return t('chart.spread.value', {
    median: write(valueAt(band.median, week)),
    low: write(valueAt(band.low, week)),
    high: write(valueAt(band.high, week)),
  });
}

function summary(input: ChartInput): string {
  const spread = spreadOf(input);
  const week = focusWeek(input);
  if (spread.b && spread.difference) {
    return t('chart.spread.summaryCompare', {
      ...names(input),
      when: when(input),
      seeds: spread.seeds.length,
      difference: spreadAt(spread.difference, week, 'money', true),
      ahead: spread.seedsBAhead ?? 0,
      share: formatNumber(spread.shareBAhead ?? 0, 'share'),
    });
  }
  return t('chart.spread.summary', {
    when: when(input),
    seeds: spread.seeds.length,
    cumulative: spreadAt(spread.a.cumulativeProfit, week, 'money'),
    customers: spreadAt(spread.a.customers, week, 'count'),
  });
}

function table(input: ChartInput): DataTable {
  const spread = spreadOf(input);
  const bands = bandsOf(spread);
  const columns = bands.flatMap((band) => {
    const name = bandName(input, band);
    const parts = [
      { label: t('chart.spread.median', { series: name }), values: band.band.median },
      { label: t('chart.spread.low', { series: name }), values: band.band.low },
      { label: t('chart.spread.high', { series: name }), values: band.band.high },
    ];
    return parts.map((part) => ({ ...part, kind: band.panel.kind }));
  });
  const rows = Array.from({ length: spread.weeks }, (_, week) => [
    String(week + 1),
    ...columns.map((column) => formatNumber(column.values[week], column.kind)),
  ]);
  return {
    caption: t('chart.spread.caption', { seeds: spread.seeds.length }),
    columns: [t('chart.table.week'), ...columns.map((column) => column.label)],
    rows,
  };
}

export const spreadDefinition: ChartDefinition = {
  id: 'spread',
  title: (input) => t('chart.spread.title', { seeds: input.spread?.seeds.length ?? 0 }),
  applies: (input) => Boolean(input.spread),
  // chart.js's configuration type is generic in the chart type; the contract holds any type.
  config: (input) => config(input) as unknown as ReturnType<ChartDefinition['config']>,
  summary,
  table,
};
