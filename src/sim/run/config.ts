/**
 * What a run needs (seed, length, market size, parameters, people to trace, logs to keep) and what it gives
 * back. Limits on weeks and people are part of the contract with the CLI and the app.
 */
import type { Summary } from '../metrics/summary.ts';
import type { Series } from '../metrics/series.ts';
import type { TenureTable } from '../metrics/tenureTable.ts';
import type { StateSample } from '../model/stateLog.ts';
import type { StoryEvent } from '../model/story.ts';
import type { TransactionTable } from '../model/transactionLog.ts';
import type { Params } from '../params/schema.ts';

export const LIMITS = {
  weeks: { min: 1, max: 1040, default: 156 },
  people: { min: 1, max: 2_000_000, default: 10_000 },
  seed: { min: 0, max: 0x7fffffff, default: 1 },
} as const;

export interface RunConfig {
  seed: number;
  weeks: number;
  people: number;
  params: Params;
  /** Global ids of people whose stories to record. */
  trace?: readonly number[];
  /** Log the weekly state of this many people, spread evenly over the market (population view). */
  sample?: number;
  /** Record every purchase: person, week, time within the week, money paid (transactionLog.ts). */
  transactions?: boolean;
}

export interface CohortTable {
  /** Weeks per cohort; cohort 0 holds the customers from before the run. */
  cohortWeeks: number;
  /** People who joined in each cohort's weeks (cohort 0: the starting customers). */
  sizes: number[];
  /** active[c][w]: customers of cohort c still customers at the end of week w. */
  active: number[][];
}

export interface RunResult {
  model: string;
  seed: number;
  weeks: number;
  people: number;
  params: Params;
  series: Series;
  summary: Summary;
  cohorts: CohortTable;
  /** Profit per customer by year of tenure, by source (tenureTable.ts): integer totals. */
  tenure: TenureTable;
  stories: Record<number, StoryEvent[]>;
  /** The weekly states of the sampled people, when the run was asked for a sample. */
  sample: StateSample | null;
  /** Every purchase, by person and time, when the run was asked for its transaction log. */
  transactions: TransactionTable | null;
}
