/**
 * The CLI's output formats. JSON: { model, seed, weeks, people, params, series, summary, cohorts,
 * stories }, series as arrays of one number a week. CSV: one row a week, one column a series,
 * numbers in JavaScript's shortest exact form.
 */
import { seriesNames } from '../sim/metrics/series.ts';
import type { RunResult } from '../sim/run/config.ts';

export function resultAsJson(result: RunResult): string {
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
    stories: result.stories,
  };
  return JSON.stringify(document, null, 1);
}

export function resultAsCsv(result: RunResult): string {
  const lines = [['week', ...seriesNames].join(',')];
  for (let week = 0; week < result.weeks; week++) {
    const row = [String(week)];
    for (const name of seriesNames) row.push(String(result.series[name][week]));
    lines.push(row.join(','));
  }
  return `${lines.join('\n')}\n`;
}
