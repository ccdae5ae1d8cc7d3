/**
 * Data tables for readers who cannot see a chart: one row a week (weeks elapsed, as on the
 * charts), one column per series, and in compare mode one column per series and run, A and B
 * side by side. Cells are formatted for reading; a week a run does not have reads "—".
 */
import type { RunResult } from '../../sim/index.ts';
import { formatNumber, type NumberKind } from '../format/numbers.ts';
import { t } from '../i18n/t.ts';
import type { ChartInput, DataTable } from './contract.ts';
import { isCompare, runLabel, runsOf } from './runs.ts';

export interface Column {
  label: string;
  kind: NumberKind;
  values: (run: RunResult) => ArrayLike<number>;
}

/**
 * The table of `columns` with one row a week. `rowHeader` names the first column, the week
 * (or, for cohorts, the weeks since the cohort began).
 */
export function weeklyTable(
  input: ChartInput,
  caption: string,
  columns: readonly Column[],
  rowHeader = t('chart.table.week'),
): DataTable {
  const compare = isCompare(input);
  const runs = runsOf(input);
  const cells = columns.flatMap((column) =>
    runs.map((run) => ({ label: runLabel(column.label, run, compare), kind: column.kind, values: column.values(run.result) })),
  );
  const weeks = Math.max(...runs.map((run) => run.result.weeks));
  const rows = Array.from({ length: weeks }, (_, week) => [
    String(week + 1),
    ...cells.map((cell) => (week < cell.values.length ? formatNumber(noNegativeZero(cell.values[week]), cell.kind) : '—')),
  ]);
  return { caption, columns: [rowHeader, ...cells.map((cell) => cell.label)], rows };
}

/** −0 (a cost line with nothing in it) as 0, which reads "$0.00", not "-$0.00". */
function noNegativeZero(value: number): number {
  return Object.is(value, -0) ? 0 : value;
}
