/**
 * Retention by cohort of joining: survival curves. For each cohort c, the share of its people
 * still customers (active[c][w] / sizes[c]) against the weeks since the cohort began; cohort 0
 * is the customers at the start of the run, cohort c ≥ 1 joined in weeks (c − 1) × 13 + 1 to
 * c × 13. A cohort's curve starts when it has finished joining (its 13th week): before that
 * its people are still arriving and the share would rise, which reads as anything but
 * retention. A readable subset is drawn: the starting customers and every 4th cohort (one a
 * year), fewer on long runs, each with its own marker shape.
 */
import type { CohortTable, RunResult } from '../../../sim/index.ts';
import { formatNumber } from '../../format/numbers.ts';
import { t } from '../../i18n/t.ts';
import { valueAxis, weekAxis } from '../common.ts';
import type { ChartDefinition, ChartInput } from '../contract.ts';
import { layerChart, type Layer } from '../layers.ts';
import { okabeIto } from '../palette.ts';
import { focusWeek, when } from '../runs.ts';
import { weeklyTable } from '../table.ts';

/** Curves at most, besides the starting customers. */
const MAX_COHORTS = 5;
/** Weeks in a year: the summary's retention is a year after the cohort began. */
const YEAR = 52;

const colours = [okabeIto.blue, okabeIto.orange, okabeIto.bluishGreen, okabeIto.vermillion, okabeIto.reddishPurple];
const markers = ['circle', 'triangle', 'rect', 'rectRot', 'star'] as const;

/** The cohorts drawn: 0, then 1, 1 + step, … with a step of 4 cohorts or a multiple of 4. */
export function shownCohorts(table: CohortTable): number[] {
  const joining = table.sizes.length - 1;
  const step = 4 * Math.max(1, Math.ceil(joining / (4 * MAX_COHORTS)));
  const shown = [0];
  for (let cohort = 1; cohort <= joining; cohort += step) shown.push(cohort);
  return shown;
}

/**
 * The survival curve of a cohort: entry i is the share still customers at the end of the
 * cohort's (i + 1)th week; NaN before it has finished joining, or when it is empty.
 */
export function survival(table: CohortTable, cohort: number): Float64Array {
  const active = table.active[cohort] ?? [];
  const size = table.sizes[cohort] ?? 0;
  const from = cohort === 0 ? 0 : table.cohortWeeks - 1;
  return Float64Array.from(active, (count, age) => (age >= from && size > 0 ? count / size : Number.NaN));
}

function cohortLabel(table: CohortTable, cohort: number): string {
  if (cohort === 0) return t('chart.cohorts.starting');
  const first = (cohort - 1) * table.cohortWeeks + 1;
  return t('chart.cohorts.joined', { first, last: first + table.cohortWeeks - 1 });
}

const layers = (input: ChartInput): Layer[] =>
  shownCohorts(input.a.cohorts).map((cohort, index) => ({
    label: cohortLabel(input.a.cohorts, cohort),
    colour: cohort === 0 ? okabeIto.black : colours[(index - 1) % colours.length],
    marker: cohort === 0 ? 'crossRot' : markers[(index - 1) % markers.length],
    values: (run: RunResult) => survival(run.cohorts, cohort),
    kind: 'share',
  }));

/**
 * The first full cohort's retention at `age` weeks since it began (or as late as the run
 * reaches by `week`), and at what age.
 */
function firstCohort(run: RunResult, week: number) {
  const table = run.cohorts;
  const curve = survival(table, 1);
  // Cohort 1 began in week 0, so in week w it is w + 1 weeks old.
  const age = Math.min(YEAR, week + 1, curve.length);
  return { share: curve[age - 1] ?? Number.NaN, age, size: table.sizes[1] ?? 0 };
}

export const cohortsDefinition: ChartDefinition = {
  id: 'cohorts',
  title: () => t('chart.cohorts.title'),
  applies: (input) => input.a.cohorts.sizes.length > 1,
  config: (input) =>
    layerChart({
      // The x axis is the cohort's age, not the run's week: the week cursor has no place here.
      input: { ...input, cursorWeek: null },
      title: t('chart.cohorts.title'),
      kind: 'share',
      layers: layers(input),
      scales: {
        x: weekAxis(input.a.weeks, t('chart.cohorts.axisX')),
        y: { ...valueAxis(t('chart.cohorts.axisY'), 'share'), min: 0, max: 1 },
      },
    }),
  summary(input) {
    const week = focusWeek(input);
    const share = (value: number) => formatNumber(value, 'share');
    const starting = (run: RunResult) => share(survival(run.cohorts, 0)[week]);
    const a = firstCohort(input.a, week);
    const values = { when: when(input), whenMid: when(input, true), age: a.age, weeks: input.a.cohorts.cohortWeeks, a: input.names.a, b: input.names.b };
    // Until the first cohort has finished joining, only the starting customers have a curve.
    const early = !Number.isFinite(a.share);
    if (input.b) {
      if (early) return t('chart.cohorts.summaryCompareEarly', { ...values, startA: starting(input.a), startB: starting(input.b) });
      const b = firstCohort(input.b, week);
      return t(a.age === YEAR ? 'chart.cohorts.summaryCompareYear' : 'chart.cohorts.summaryCompare', {
        ...values,
        shareA: share(a.share),
        shareB: share(b.share),
      });
    }
    const start = { starting: formatNumber(input.a.cohorts.sizes[0], 'count'), startShare: starting(input.a) };
    if (early) return t('chart.cohorts.summaryEarly', { ...values, ...start });
    return t(a.age === YEAR ? 'chart.cohorts.summaryYear' : 'chart.cohorts.summary', {
      ...values,
      ...start,
      size: formatNumber(a.size, 'count'),
      share: share(a.share),
    });
  },
  table: (input) =>
    weeklyTable(
      input,
      t('chart.cohorts.caption'),
      shownCohorts(input.a.cohorts).map((cohort) => ({
        label: cohortLabel(input.a.cohorts, cohort),
        kind: 'share' as const,
        values: (run: RunResult) => survival(run.cohorts, cohort),
      })),
      t('chart.cohorts.rowHeader'),
    ),
};
