/**
 * The CLI's output formats. JSON: { model, seed, weeks, people, params, series, summary, cohorts,
 * tenure, stories } (tenure: the tenure table's integer totals and its profit per customer-year) (and, for a scenario, { scenario, debrief }), series as arrays of one number a week. CSV: one row a week, one column a series,
 * numbers in JavaScript's shortest exact form. Transactions: one CSV row a purchase (transactionsCsv.ts),
 * given in chunks to be written as they come.
 */
import { seriesCsv } from '../sim/metrics/csv.ts';
import { transactionsCsvChunks } from '../sim/metrics/transactionsCsv.ts';
import { emptyTransactions } from '../sim/model/transactionLog.ts';
import { seriesNames } from '../sim/metrics/series.ts';
import { tenureProfit } from '../sim/metrics/tenureTable.ts';
import { tenureCsv, tenureText } from '../sim/metrics/tenureText.ts';
import type { RunResult } from '../sim/run/config.ts';
import type { Format } from './args.ts';

/** `extra` adds fields after the run's (a scenario's id and debrief). */
export function resultAsJson(result: RunResult, extra: Record<string, unknown> = {}): string {
  const series: Record<string, number[]> = {};
  for (const name of seriesNames) series[name] = Array.from(result.series[name]);
  const document = {
    model: result.model,
    seed: result.seed,
    weeks: result.weeks,
    people: result.people,
    params: result.params,
    series,
    summary: result.summary,
    cohorts: result.cohorts,
    tenure: { ...result.tenure, perCustomerYear: tenureProfit(result.tenure) },
    stories: result.stories,
    ...extra,
  };
  return JSON.stringify(document, null, 1);
}

export function resultAsCsv(result: RunResult): string {
  return seriesCsv([{ name: 'A', result }]);
}

/** The run in the format asked for, as pieces of text to write in order; `extra` goes into JSON only. */
export function resultAs(format: Format, result: RunResult, extra: Record<string, unknown> = {}): Iterable<string> {
  if (format === 'csv') return [resultAsCsv(result)];
  if (format === 'tenure') return [tenureText(result.tenure)];
  if (format === 'tenure-csv') return [tenureCsv(result.tenure)];
  if (format === 'transactions') return transactionsCsvChunks(result.transactions ?? emptyTransactions());
  return [`${resultAsJson(result, extra)}\n`];
}
