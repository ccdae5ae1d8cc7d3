/**
 * The weekly series as CSV: one row a week, one column a series, numbers in JavaScript's shortest
 * exact form (so a spreadsheet gets the same numbers the core computed). Shared by the CLI and
 * the app's export. A comparison puts A's and B's columns side by side ("customers A",
 * "customers B"); optional comment lines (starting with #) come first.
 */
import type { RunResult } from '../run/config.ts';
import { seriesNames } from './series.ts';

function quoted(cell: string): string {
  return /[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function seriesCsv(runs: readonly { name: string; result: RunResult }[], comments: readonly string[] = []): string {
  const single = runs.length === 1;
  const header = ['week'];
  for (const name of seriesNames) for (const run of runs) header.push(single ? name : `${name} ${run.name}`);
  const lines = comments.map((comment) => `# ${comment.replace(/\n/g, ' ')}`);
  lines.push(header.map(quoted).join(','));
  const weeks = runs[0]?.result.weeks ?? 0;
  for (let week = 0; week < weeks; week++) {
    const row = [String(week)];
    for (const name of seriesNames) for (const run of runs) row.push(String(run.result.series[name][week]));
    lines.push(row.join(','));
  }
  return `${lines.join('\n')}\n`;
}
