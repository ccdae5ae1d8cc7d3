/**
 * Helpers for the checks against CDNOW (test/unit/cdnow.test.ts, test/unit/fit/): the CDNOW
 * calibration summary read from the project's parent folder (never copied into the project), and
 * cohort runs whose purchases are counted per person from the transaction log. Time in weeks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COHORT_MODE } from '../../src/analysis/demo/buyTillYouDie.ts';
import type { RecencyFrequency } from '../../src/analysis/fit/recencyFrequency.ts';
import type { TransactionTable } from '../../src/sim/model/transactionLog.ts';
import { simulate } from '../../src/sim/run/simulate.ts';
import { params } from './runs.ts';

export const CDNOW_FOLDER = fileURLToPath(new URL('../../../shared/data/cdnow/', import.meta.url));
const SUMMARY = `${CDNOW_FOLDER}cdnow_customers_summary.csv`;
const WITH_SPEND = `${CDNOW_FOLDER}cdnow_customers_summary_with_transactions.csv`;

/** CDNOW's calibration period as the fitted models read it (x, tₓ, T and mean repeat spend), or null where absent. */
export function readCdnowHistories(): (RecencyFrequency & { meanSpend: Float64Array }) | null {
  if (!existsSync(WITH_SPEND)) return null;
  const [header, ...rows] = readFileSync(WITH_SPEND, 'utf8').trim().split(/\r?\n/);
  const columns = header.split(',');
  const column = (name: string) => Float64Array.from(rows, (row) => Number(row.split(',')[columns.indexOf(name)]));
  return { x: column('x'), tx: column('t_x'), T: column('T'), meanSpend: column('zbar') };
}

/** CDNOW's calibration period, one entry per customer: repeat purchases and weeks observed. */
export interface CdnowCustomer {
  frequency: number;
  T: number;
}

/** The 2,357 customers of CDNOW's summary, or null where the data set is absent. */
export function readCdnow(): CdnowCustomer[] | null {
  if (!existsSync(SUMMARY)) return null;
  const [header, ...rows] = readFileSync(SUMMARY, 'utf8').trim().split('\n');
  const columns = header.split(',');
  const frequency = columns.indexOf('frequency');
  const observed = columns.indexOf('T');
  return rows.map((row) => {
    const cells = row.split(',');
    return { frequency: Number(cells[frequency]), T: Number(cells[observed]) };
  });
}

/** Cohort mode: every person a new customer at week 0, no one joins, nothing else makes them leave. */
export const cohortMode = COHORT_MODE;

/** One cohort run's purchases, each as a time in weeks since the start of week 0, by person. */
export interface CohortPurchases {
  people: number;
  /** times[row] for rows firstRow[p] … firstRow[p + 1] − 1: person p's purchases, in order. */
  times: Float64Array;
  firstRow: Int32Array;
}

function byPerson(log: TransactionTable, people: number): CohortPurchases {
  const firstRow = new Int32Array(people + 1);
  for (const person of log.person) firstRow[person + 1] += 1;
  for (let person = 0; person < people; person++) firstRow[person + 1] += firstRow[person];
  const times = Float64Array.from(log.week, (week, row) => week + log.fraction[row]);
  return { people, times, firstRow };
}

/** Cohort runs of `people` for each seed, with the transaction log. */
export function cohortRuns(overrides: Record<string, unknown>, seeds: readonly number[], people: number, weeks: number): CohortPurchases[] {
  const runParams = params({ ...cohortMode, ...overrides });
  return seeds.map((seed) => {
    const result = simulate({ seed, weeks, people, params: runParams, transactions: true });
    if (!result.transactions) throw new Error('the run kept no transaction log');
    return byPerson(result.transactions, people);
  });
}

/** Mean purchases per person made by time t (in weeks), pooled over the runs. */
export function meanPurchasesBy(runs: readonly CohortPurchases[], t: number): number {
  let purchases = 0;
  let people = 0;
  for (const run of runs) {
    for (const time of run.times) if (time <= t) purchases += 1;
    people += run.people;
  }
  return purchases / people;
}

/**
 * The calibration histogram: simulated person i is watched for the T of CDNOW customer i mod N;
 * the share of people with 0, 1, …, 6 and 7 or more purchases by then, pooled over the runs.
 */
export function calibrationShares(runs: readonly CohortPurchases[], customers: readonly CdnowCustomer[]): number[] {
  const bins = new Array<number>(8).fill(0);
  let people = 0;
  for (const run of runs) {
    for (let person = 0; person < run.people; person++) {
      const watched = customers[person % customers.length].T;
      let count = 0;
      for (let row = run.firstRow[person]; row < run.firstRow[person + 1]; row++) if (run.times[row] <= watched) count += 1;
      bins[Math.min(count, 7)] += 1;
    }
    people += run.people;
  }
  return bins.map((bin) => bin / people);
}

/** Pearson's χ² of CDNOW's observed counts (bins 0 … 6, 7+) against the simulated shares scaled to CDNOW's size. */
export function chiSquareAgainstCdnow(shares: readonly number[], customers: readonly CdnowCustomer[]): number {
  const observed = new Array<number>(8).fill(0);
  for (const customer of customers) observed[Math.min(customer.frequency, 7)] += 1;
  return observed.reduce((sum, count, bin) => {
    const expected = shares[bin] * customers.length;
    return sum + ((count - expected) * (count - expected)) / expected;
  }, 0);
}
