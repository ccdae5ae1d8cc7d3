/**
 * Money by ledger line: income (revenue, breakage of expired points, club fees) stacked above
 * zero and costs (each ledger line with its sign) stacked below it, in dollars a week, with
 * the week's profit, their sum, drawn as a line across both. Lines that are zero throughout (a
 * mechanism switched off) are left out. Cumulative profit has its own chart (profit.ts).
 */
import { ledgerLines, type RunResult } from '../../../sim/index.ts';
import { formatNumber } from '../../format/numbers.ts';
import { t } from '../../i18n/t.ts';
import { valueAxis, weekAxis } from '../common.ts';
import type { ChartDefinition, ChartInput } from '../contract.ts';
import { layerChart, type Layer } from '../layers.ts';
import { ink, okabeIto } from '../palette.ts';
import { focusWeek, runsOf, sumTo, when } from '../runs.ts';
import { weeklyTable } from '../table.ts';

type LedgerLine = (typeof ledgerLines)[number];

/** Income lines (positive), in the order they are stacked up from zero; the rest are costs. */
const income: readonly LedgerLine[] = ['revenue', 'secondLineRevenue', 'breakage', 'clubFees'];

/**
 * Colours: few mechanisms are on at once, so a line rarely meets another of its colour, and
 * never on the same side of zero.
 */
const colours: Record<LedgerLine, string> = {
  revenue: okabeIto.blue,
  secondLineRevenue: '#004c78',
  breakage: okabeIto.skyBlue,
  clubFees: okabeIto.bluishGreen,
  costOfGoods: okabeIto.orange,
  discounts: okabeIto.reddishPurple,
  pointsExpense: okabeIto.yellow,
  refunds: okabeIto.vermillion,
  guaranteeRefunds: '#a33a00',
  priceCredits: '#e8a3c9',
  fixCosts: '#8f3f00',
  clubCosts: okabeIto.bluishGreen,
  acquisitionSpend: '#4d4d4d',
  careSpend: okabeIto.skyBlue,
  outreachSpend: '#b8a600',
  listeningSpend: '#006b4f',
  reinvestmentSpend: '#2c5f8a',
  fixedCosts: ink.neutral,
};

const PROFIT = okabeIto.black;

/** Income first, then costs, so each side stacks outward from zero in the table's order. */
const ordered: readonly LedgerLine[] = [...income, ...ledgerLines.filter((line) => !income.includes(line))];

const lineLabel = (line: LedgerLine) => t(`chart.ledger.${line}`);

/** The ledger lines that are not zero throughout in some run on screen. */
function lines(input: ChartInput): LedgerLine[] {
  return ordered.filter((line) => runsOf(input).some((run) => run.result.series[line].some((value) => value !== 0)));
}

const layers = (input: ChartInput): Layer[] => [
  { label: t('chart.ledger.profit'), colour: PROFIT, values: (run) => run.series.profit, width: 3 },
  ...lines(input).map((line) => ({
    label: lineLabel(line),
    colour: colours[line],
    values: (run: RunResult) => run.series[line],
    stack: income.includes(line) ? 'income' : 'costs',
  })),
];

function totals(run: RunResult, week: number) {
  const sums = ordered.map((line) => ({ line, total: sumTo(run.series[line], week) }));
  const incomeTotal = sums.filter((sum) => income.includes(sum.line)).reduce((total, sum) => total + sum.total, 0);
  const costs = sums.filter((sum) => !income.includes(sum.line));
  const costTotal = -costs.reduce((total, sum) => total + sum.total, 0);
  const largest = costs.reduce((best, sum) => (sum.total < best.total ? sum : best), costs[0]);
  return { incomeTotal, costTotal, largest, profit: sumTo(run.series.profit, week) };
}

export const ledgerDefinition: ChartDefinition = {
  id: 'ledger',
  title: () => t('chart.ledger.title'),
  applies: () => true,
  config: (input) =>
    layerChart({
      input,
      title: t('chart.ledger.title'),
      kind: 'money',
      layers: layers(input),
      scales: {
        x: weekAxis(input.a.weeks),
        y: { ...valueAxis(t('chart.ledger.axis'), 'money'), stacked: true },
      },
    }),
  summary(input) {
    const week = focusWeek(input);
    const money = (value: number) => formatNumber(value, 'money');
    if (input.b) {
      const a = totals(input.a, week);
      const b = totals(input.b, week);
      return t('chart.ledger.summaryCompare', {
        when: when(input),
        a: input.names.a,
        b: input.names.b,
        incomeA: money(a.incomeTotal),
        costsA: money(a.costTotal),
        incomeB: money(b.incomeTotal),
        costsB: money(b.costTotal),
      });
    }
    const { incomeTotal, costTotal, largest, profit } = totals(input.a, week);
    return t('chart.ledger.summary', {
      when: when(input),
      income: money(incomeTotal),
      costs: money(costTotal),
      largest: lineLabel(largest.line),
      largestCost: money(-largest.total),
      profit: money(profit),
    });
  },
  table: (input) =>
    weeklyTable(input, t('chart.ledger.caption'), [
      ...lines(input).map((line) => ({ label: lineLabel(line), kind: 'money' as const, values: (run: RunResult) => run.series[line] })),
      { label: t('chart.ledger.profit'), kind: 'money', values: (run) => run.series.profit },
    ]),
};
