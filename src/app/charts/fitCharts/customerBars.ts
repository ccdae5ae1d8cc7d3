/**
 * The bar charts of a fitted customer base (analysis/diagnostics/): how many customers made 0, 1 …
 * 7+ repeat purchases in the calibration period against BG/NBD's expectation (Fader, Hardie & Lee
 * 2005, figure 2), and how P(alive) is spread over the customers, in tenths.
 */
import type { CustomerDiagnostics } from '../../../analysis/diagnostics/customerDiagnostics.ts';
import type { FitOnScreen } from '../../../analysis/fitFile.ts';
import { formatNumber } from '../../format/numbers.ts';
import { t } from '../../i18n/t.ts';
import type { ChartDefinition, DataTable } from '../contract.ts';
import { barChart, seriesLabel, type Series } from './options.ts';

function diagnosticsOf(fit: FitOnScreen): CustomerDiagnostics | null {
  return fit.kind === 'cohort' ? null : fit.diagnostics;
}

/** "0" … "6", "7+". */
function histogramCategories(bars: number): string[] {
  return Array.from({ length: bars }, (_, x) => (x === bars - 1 ? `${x}+` : String(x)));
}

/** "0.0–0.1" … "0.9–1.0". */
function aliveCategories(bins: number): string[] {
  return Array.from({ length: bins }, (_, index) => `${(index / bins).toFixed(1)}–${((index + 1) / bins).toFixed(1)}`);
}

function barTable(caption: string, rowHeader: string, categories: string[], bars: { series: Series; values: number[] }[]): DataTable {
  return {
    caption,
    columns: [rowHeader, ...bars.map(({ series }) => seriesLabel(series))],
    rows: categories.map((category, index) => [category, ...bars.map(({ values }) => formatNumber(values[index]!, 'count'))]),
  };
}

const histogramBars = (diagnostics: CustomerDiagnostics) => [
  { series: 'yours' as Series, values: diagnostics.histogram.actual },
  { series: 'bgnbd' as Series, values: diagnostics.histogram.expected },
];

export const histogramDefinition: ChartDefinition<FitOnScreen> = {
  id: 'fit-histogram',
  title: () => t('data.charts.histogramTitle'),
  applies: (fit) => diagnosticsOf(fit) !== null,
  config: (fit) => {
    const diagnostics = diagnosticsOf(fit)!;
    return barChart({
      title: t('data.charts.histogramTitle'),
      categories: histogramCategories(diagnostics.histogram.actual.length),
      bars: histogramBars(diagnostics),
      xTitle: t('data.charts.histogramAxisX'),
      yTitle: t('data.charts.histogramAxisY'),
    });
  },
  summary: (fit) => {
    const { histogram, forecast } = diagnosticsOf(fit)!;
    return t('data.charts.histogramSummary', {
      none: formatNumber(histogram.actual[0]!, 'count'),
      customers: formatNumber(forecast.customers, 'count'),
      expected: formatNumber(histogram.expected[0]!, 'count'),
    });
  },
  table: (fit) => {
    const diagnostics = diagnosticsOf(fit)!;
    return barTable(t('data.charts.histogramTitle'), t('data.charts.histogramAxisX'), histogramCategories(diagnostics.histogram.actual.length), histogramBars(diagnostics));
  },
};

const aliveBars = (diagnostics: CustomerDiagnostics) => [{ series: 'bgnbd' as Series, values: diagnostics.forecast.aliveBins }];

/** The customers whose P(alive) is below 0.3: the first three tenths. */
const LOW_BINS = 3;

export const aliveDefinition: ChartDefinition<FitOnScreen> = {
  id: 'fit-alive',
  title: () => t('data.charts.aliveTitle'),
  applies: (fit) => diagnosticsOf(fit) !== null,
  config: (fit) => {
    const diagnostics = diagnosticsOf(fit)!;
    return barChart({
      title: t('data.charts.aliveTitle'),
      categories: aliveCategories(diagnostics.forecast.aliveBins.length),
      bars: aliveBars(diagnostics),
      xTitle: t('data.charts.aliveAxisX'),
      yTitle: t('data.charts.aliveAxisY'),
    });
  },
  summary: (fit) => {
    const { forecast } = diagnosticsOf(fit)!;
    return t('data.charts.aliveSummary', {
      customers: formatNumber(forecast.customers, 'count'),
      alive: formatNumber(forecast.expectedAlive, 'count'),
      share: formatNumber(forecast.expectedAlive / forecast.customers, 'share'),
      low: formatNumber(forecast.aliveBins.slice(0, LOW_BINS).reduce((sum, customers) => sum + customers, 0), 'count'),
    });
  },
  table: (fit) => {
    const diagnostics = diagnosticsOf(fit)!;
    return barTable(t('data.charts.aliveTitle'), t('data.charts.aliveAxisX'), aliveCategories(diagnostics.forecast.aliveBins.length), aliveBars(diagnostics));
  },
};
