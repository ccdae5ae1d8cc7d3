/**
 * Profit per customer by year of tenure, Reichheld & Sasser's (1990) exhibit from the run: for each
 * tenure year (1, 2, 3, 4 and 5+) a stacked bar of the profit a customer of that tenure brought in a
 * year, in dollars per customer-year, split into its sources (base margin, spend growth, cost
 * savings, referrals, price premium; a negative part below zero), with its total. The figures are
 * the run's tenure table (src/sim/metrics/tenureTable.ts) over the whole run: the table has no weeks,
 * so the week cursor has no place here. A tenure year no customer reached has no bar.
 */
import { tenureProfit, tenureSources, type RunResult, type TenureProfitRow } from '../../../sim/index.ts';
import { formatNumber } from '../../format/numbers.ts';
import { t } from '../../i18n/t.ts';
import type { ChartDefinition, ChartInput, DataTable } from '../contract.ts';
import { okabeIto } from '../palette.ts';
import { isCompare, runLabel, runsOf, signed } from '../runs.ts';
import { stackedBarChart, type BarPart } from '../stackedBars.ts';

type Source = (typeof tenureSources)[number];

/** Base margin, the largest part, in the strongest colour at the bottom; the grown parts above it. */
const colours: Record<Source, string> = {
  baseMargin: okabeIto.blue,
  spendGrowth: okabeIto.bluishGreen,
  costSavings: okabeIto.skyBlue,
  referrals: okabeIto.orange,
  pricePremium: okabeIto.reddishPurple,
};

const sourceLabel = (source: Source) => t(`chart.tenure.${source}`);

/** The rows of a run's tenure table; a year without customer-years is null. */
export function tenureRows(run: RunResult): (TenureProfitRow | null)[] {
  return tenureProfit(run.tenure).map((row) => (row.customerYears > 0 ? row : null));
}

/** "1" … "5+": the last tenure year holds every later one. */
function yearLabel(year: number, years: number): string {
  return year === years ? `${year}+` : String(year);
}

/** "year 1", "year 5 or later", for sentences. */
function yearName(year: number, years: number): string {
  return year === years ? t('chart.tenure.yearLast', { year }) : t('chart.tenure.yearName', { year });
}

const parts = (): BarPart[] =>
  tenureSources.map((source) => ({
    label: sourceLabel(source),
    colour: colours[source],
    values: (run: RunResult) => tenureRows(run).map((row) => (row ? row[source] : null)),
  }));

/** Indices of the tenure years that every run on screen has customers in. */
function sharedYears(input: ChartInput): number[] {
  const rows = runsOf(input).map((run) => tenureRows(run.result));
  return rows[0].flatMap((_, index) => (rows.every((run) => run[index] !== null) ? [index] : []));
}

/** The first and last year every run has, with each run's total profit per customer-year in them. */
function span(input: ChartInput) {
  const years = sharedYears(input);
  const count = input.a.tenure.years.length;
  const first = years[0];
  const last = years[years.length - 1];
  const money = (value: number) => formatNumber(value, 'money');
  const of = (run: RunResult) => {
    const rows = tenureRows(run);
    const from = rows[first]?.total ?? Number.NaN;
    const to = rows[last]?.total ?? Number.NaN;
    const lastRow = rows[last];
    const grown = lastRow ? lastRow.total - lastRow.baseMargin : Number.NaN;
    return { first: money(from), last: money(to), change: signed(to / from - 1, 'share'), grown: money(grown) };
  };
  return { single: years.length === 1, firstYear: yearName(first + 1, count), lastYear: yearName(last + 1, count), of };
}

function table(input: ChartInput): DataTable {
  const compare = isCompare(input);
  const runs = runsOf(input);
  const columns: { label: string; kind: 'count' | 'money'; cell: (row: TenureProfitRow) => number }[] = [
    { label: t('chart.tenure.customerYears'), kind: 'count', cell: (row) => row.customerYears },
    ...tenureSources.map((source) => ({ label: sourceLabel(source), kind: 'money' as const, cell: (row: TenureProfitRow) => row[source] })),
    { label: t('chart.tenure.total'), kind: 'money', cell: (row) => row.total },
  ];
  const cells = columns.flatMap((column) => runs.map((run) => ({ column, run, rows: tenureRows(run.result) })));
  const years = input.a.tenure.years.length;
  return {
    caption: t('chart.tenure.caption', { referral: formatNumber(input.a.params['relationship.referralValue'], 'money') }),
    columns: [t('chart.tenure.rowHeader'), ...cells.map(({ column, run }) => runLabel(column.label, run, compare))],
    rows: Array.from({ length: years }, (_, index) => [
      yearLabel(index + 1, years),
      ...cells.map(({ column, rows }) => {
        const row = rows[index];
        // −0 (a part with nothing in it) reads "$0.00", not "-$0.00".
        return row ? formatNumber(column.cell(row) + 0, column.kind) : '—';
      }),
    ]),
  };
}

export const tenureDefinition: ChartDefinition = {
  id: 'tenure',
  title: () => t('chart.tenure.title'),
  applies: (input) => runsOf(input).every((run) => tenureRows(run.result).some((row) => row !== null)),
  config(input) {
    const years = input.a.tenure.years.length;
    return stackedBarChart({
      input,
      title: t('chart.tenure.title'),
      kind: 'money',
      categories: Array.from({ length: years }, (_, index) => yearLabel(index + 1, years)),
      categoryTitle: (index) => t('chart.tenure.year', { year: yearLabel(index + 1, years) }),
      parts: parts(),
      xTitle: t('chart.tenure.axisX'),
      yTitle: t('chart.tenure.axisY'),
      totalLabel: t('chart.tenure.total'),
    });
  },
  summary(input) {
    const { single, firstYear, lastYear, of } = span(input);
    const weeks = input.a.weeks;
    const a = of(input.a);
    if (input.b) {
      const b = of(input.b);
      const names = { a: input.names.a, b: input.names.b };
      if (single) return t('chart.tenure.summaryCompareOne', { weeks, firstYear, firstA: a.first, firstB: b.first, ...names });
      return t('chart.tenure.summaryCompare', {
        weeks, firstYear, lastYear, ...names,
        firstA: a.first, lastA: a.last, changeA: a.change,
        firstB: b.first, lastB: b.last, changeB: b.change,
      });
    }
    if (single) return t('chart.tenure.summaryOne', { weeks, firstYear, first: a.first });
    return t('chart.tenure.summary', { weeks, firstYear, lastYear, ...a });
  },
  table,
};
