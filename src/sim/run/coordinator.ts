/**
 * The coordinator of a run: it owns the market-level state between weeks. Each week it makes the
 * context from the previous week's totals, receives the shards' totals (in shard order; they are
 * integers, so the order does not matter for the sums), and records the metrics. The synchronous
 * runner and the worker-pool runner both drive one of these, which is why they agree to the bit.
 */
import { Collector } from '../metrics/collector.ts';
import { ledgerWeek, profitCents } from '../metrics/ledger.ts';
import { summarise } from '../metrics/summary.ts';
import { addTenureWeek, emptyTenureTable, type TenureTable } from '../metrics/tenureTable.ts';
import { advanceCompany, bookCompanyWeek } from '../model/company.ts';
import { weekContext, type WeekContext } from '../model/context.ts';
import { advanceLessons, startingLessons, type GuaranteeLessons } from '../model/guaranteeLessons.ts';
import { startingReinvestment, type ReinvestmentState } from '../model/reinvestment.ts';
import { sampleIds, type StateSample } from '../model/stateLog.ts';
import type { StoryEvent } from '../model/story.ts';
import type { TransactionTable } from '../model/transactionLog.ts';
import { COHORT_WEEKS } from '../model/tally.ts';
import { addTotals, cohortIndex, T, totalsLength } from '../model/totals.ts';
import { runKeyFromSeed } from '../random/runKey.ts';
import { MODEL_VERSION } from '../version.ts';
import type { CohortTable, RunConfig, RunResult } from './config.ts';

export function cohortCount(weeks: number): number {
  return 1 + Math.ceil(weeks / COHORT_WEEKS);
}

/** Split `people` into `parts` contiguous ranges of nearly equal size. */
export function splitPeople(people: number, parts: number): { start: number; count: number }[] {
  const count = Math.max(1, Math.min(parts, people));
  const ranges = [];
  for (let index = 0; index < count; index++) {
    const start = Math.floor((index * people) / count);
    const end = Math.floor(((index + 1) * people) / count);
    ranges.push({ start, count: end - start });
  }
  return ranges;
}

export class Coordinator {
  readonly config: RunConfig;
  readonly runKey: number;
  readonly cohorts: number;
  private readonly collector: Collector;
  private previous: Float64Array;
  private initialCustomers = 0;
  private readonly active: number[][];
  private readonly sizes: number[];
  /** The company's state between weeks (reinvestment, a guarantee's lessons), and the context of the week being run. */
  private readonly company: ReinvestmentState = startingReinvestment();
  private readonly lessons: GuaranteeLessons = startingLessons();
  private context: WeekContext | null = null;
  private readonly tenure: TenureTable;

  constructor(config: RunConfig) {
    this.config = config;
    this.runKey = runKeyFromSeed(config.seed);
    this.cohorts = cohortCount(config.weeks);
    this.collector = new Collector(config.params, config.weeks);
    this.previous = new Float64Array(totalsLength(this.cohorts));
    this.active = Array.from({ length: this.cohorts }, () => []);
    this.sizes = new Array<number>(this.cohorts).fill(0);
    this.tenure = emptyTenureTable(config.params);
  }

  /** Take the shards' counts of the starting market. */
  begin(initialParts: readonly Float64Array[]): void {
    this.previous = this.sum(initialParts);
    this.initialCustomers = this.previous[T.customers];
    this.sizes[0] = this.initialCustomers;
  }

  contextFor(week: number): WeekContext {
    this.context = weekContext(this.config.params, week, this.previous, this.config.people, this.company, this.lessons);
    return this.context;
  }

  finishWeek(week: number, parts: readonly Float64Array[]): void {
    const totals = this.sum(parts);
    const params = this.config.params;
    bookCompanyWeek(params, this.context ?? this.contextFor(week), totals);
    this.collector.record(week, totals, this.previous);
    addTenureWeek(this.tenure, params, week, totals, this.previous);
    advanceCompany(params, this.company, totals, this.previous, profitCents(ledgerWeek(params, totals, this.previous, week)));
    advanceLessons(params, this.lessons, totals);
    this.sizes[1 + Math.floor(week / COHORT_WEEKS)] +=
      totals[T.newPaid] + totals[T.newReferred] + totals[T.wonBack] + totals[T.newTouched];
    for (let cohort = 0; cohort < this.cohorts; cohort++) {
      const started = cohort === 0 || week >= (cohort - 1) * COHORT_WEEKS;
      if (started) this.active[cohort].push(totals[cohortIndex(cohort)]);
    }
    this.previous = totals;
  }

  /** Global ids of the people whose weekly states the run logs. */
  sampledIds(): number[] {
    return sampleIds(this.config.people, this.config.sample ?? 0);
  }

  result(stories: Record<number, StoryEvent[]>, sample: StateSample | null, transactions: TransactionTable | null): RunResult {
    const { config } = this;
    const series = this.collector.series;
    const cohorts: CohortTable = { cohortWeeks: COHORT_WEEKS, sizes: this.sizes, active: this.active };
    return {
      model: MODEL_VERSION,
      seed: config.seed,
      weeks: config.weeks,
      people: config.people,
      params: config.params,
      series,
      summary: summarise(series, config.params, this.initialCustomers, cohorts),
      cohorts,
      tenure: this.tenure,
      stories,
      sample,
      transactions,
    };
  }

  private sum(parts: readonly Float64Array[]): Float64Array {
    const totals = new Float64Array(totalsLength(this.cohorts));
    for (const part of parts) addTotals(totals, part);
    return totals;
  }
}
