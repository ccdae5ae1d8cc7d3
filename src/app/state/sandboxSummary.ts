/**
 * The sandbox's summary numbers: which figures of a run's summary are shown, in what order and
 * how each reads, at the week the cursor points at. A summary at week w is the core's own
 * summary of the series up to and including week w (every figure in it is a running one), so
 * at the end of the run it is exactly `RunResult.summary`. In compare mode each row also has B
 * and the difference B − A.
 */
import type { RunResult, Summary } from '../../sim/index.ts';
// The core's summary function is not part of its public surface; the sandbox applies it to the
// first weeks of a series so that the numbers follow the week scrubber.
import { summarise } from '../../sim/metrics/summary.ts';
import { formatNumber, type NumberKind } from '../format/numbers.ts';
import { locale, t, type MessageKey } from '../i18n/t.ts';

type MetricKind = NumberKind | 'ratio';

interface Shown {
  name: keyof Summary;
  kind: MetricKind;
  label: MessageKey;
  help: MessageKey;
  /** Shown only when the bonus bank is on in a run on screen. */
  bank?: boolean;
  /** One of the few figures shown large. */
  headline?: boolean;
}

const shown: readonly Shown[] = [
  { name: 'customers', headline: true, kind: 'count', label: 'metric.customers', help: 'metric.customers.help' },
  { name: 'retentionAnnual', headline: true, kind: 'share', label: 'metric.retentionAnnual', help: 'metric.retentionAnnual.help' },
  { name: 'cumulativeProfit', headline: true, kind: 'money', label: 'metric.cumulativeProfit', help: 'metric.cumulativeProfit.help' },
  { name: 'discountedProfit', kind: 'money', label: 'sandbox.metric.discountedProfit', help: 'sandbox.metric.discountedProfit.help' },
  { name: 'valuePerCustomer', headline: true, kind: 'money', label: 'metric.valuePerCustomer', help: 'metric.valuePerCustomer.help' },
  { name: 'valuePerCustomerDerl', headline: true, kind: 'money', label: 'sandbox.metric.valuePerCustomerDerl', help: 'sandbox.metric.valuePerCustomerDerl.help' },
  { name: 'costPerCustomerWon', headline: true, kind: 'money', label: 'metric.costPerCustomerWon', help: 'metric.costPerCustomerWon.help' },
  { name: 'costToKeepPerYear', kind: 'money', label: 'sandbox.metric.costToKeepPerYear', help: 'sandbox.metric.costToKeepPerYear.help' },
  { name: 'winToKeepRatio', kind: 'ratio', label: 'sandbox.metric.winToKeepRatio', help: 'sandbox.metric.winToKeepRatio.help' },
  { name: 'revenue', kind: 'money', label: 'sandbox.metric.revenue', help: 'sandbox.metric.revenue.help' },
  { name: 'newCustomers', kind: 'count', label: 'sandbox.metric.newCustomers', help: 'sandbox.metric.newCustomers.help' },
  { name: 'leavers', kind: 'count', label: 'sandbox.metric.leavers', help: 'sandbox.metric.leavers.help' },
  { name: 'pointsLiability', kind: 'money', label: 'sandbox.metric.pointsLiability', help: 'sandbox.metric.pointsLiability.help', bank: true, headline: true },
  { name: 'breakage', kind: 'money', label: 'sandbox.metric.breakage', help: 'sandbox.metric.breakage.help', bank: true },
  { name: 'breakageShare', kind: 'share', label: 'sandbox.metric.breakageShare', help: 'sandbox.metric.breakageShare.help', bank: true },
];

/** One summary figure, formatted for A, and in compare mode for B and the difference B − A. */
export interface MetricRow {
  name: keyof Summary;
  /** Shown large; the others are shown as a compact list. */
  headline: boolean;
  label: string;
  help: string;
  /** Raw numbers for `data-value` attributes; null while there is no run. */
  a: number | null;
  b: number | null;
  diff: number | null;
  textA: string;
  textB: string;
  textDiff: string;
}

/** The summary of `result` after week `week` (0-based), or at its end when `week` is null. */
export function summaryAt(result: RunResult, week: number | null): Summary {
  if (week === null || week >= result.weeks - 1) return result.summary;
  const upTo = Math.max(0, week) + 1;
  const series: Record<string, Float64Array> = {};
  for (const [name, values] of Object.entries(result.series)) series[name] = values.subarray(0, upTo);
  return summarise(series, result.params, result.summary.customers, result.cohorts);
}

function format(value: number | null, kind: MetricKind, signed = false): string {
  if (value === null) return '—';
  const sign = signed && value > 0 ? '+' : '';
  if (kind === 'ratio') {
    const ratio = new Intl.NumberFormat(locale(), { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value);
    return t('sandbox.metric.ratio', { value: `${sign}${ratio}` });
  }
  // A difference of shares reads in percentage points.
  if (kind === 'share' && signed) {
    const points = new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(value * 100);
    return t('sandbox.metric.points', { value: `${sign}${points}` });
  }
  return `${sign}${formatNumber(value, kind)}`;
}

/** The rows to show for the runs on screen (b is null outside compare mode). */
export function metricRows(a: Summary | null, b: Summary | null, bankOn: boolean): MetricRow[] {
  return shown
    .filter((metric) => !metric.bank || bankOn)
    .map((metric) => {
      const valueA = a ? a[metric.name] : null;
      const valueB = b ? b[metric.name] : null;
      const diff = valueA !== null && valueB !== null ? valueB - valueA : null;
      return {
        name: metric.name,
        headline: metric.headline ?? false,
        label: t(metric.label),
        help: t(metric.help),
        a: valueA,
        b: valueB,
        diff,
        textA: format(valueA, metric.kind),
        textB: format(valueB, metric.kind),
        textDiff: format(diff, metric.kind, true),
      };
    });
}
