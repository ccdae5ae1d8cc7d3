/**
 * The contract between the views that show charts (the sandbox, later the scenario player) and
 * the charts themselves. A chart is a definition: given the run(s) on screen it builds a chart.js
 * configuration, a one-sentence summary in words, and a data table for screen readers and
 * keyboard users. Charts read only a run's series, summary and cohorts; never the people.
 * Weeks count from 0 in the data; charts label week w as w + 1 (weeks elapsed).
 */
import type { ChartConfiguration } from 'chart.js';
import type { SeedSpread } from '../../analysis/seedSpread.ts';
import type { RunResult } from '../../sim/index.ts';

/** What is on screen: one run, or two runs of the same seed and people in compare mode. */
export interface ChartInput {
  /** The run of parameter set A (the only run outside compare mode). */
  a: RunResult;
  /** The run of parameter set B in compare mode, else null. */
  b: RunResult | null;
  /** Names of the two runs for legends and tables, e.g. "A" and "B". */
  names: { a: string; b: string };
  /** The week the scrubber points at (0-based), or null for the end of the run. */
  cursorWeek: number | null;
  /** The user prefers reduced motion: the population view's dots jump instead of moving (charts never animate). */
  reducedMotion: boolean;
  /** The same configurations over many seeds (median and 10–90% bands), when one has been run. */
  spread?: SeedSpread | null;
}

export interface DataTable {
  caption: string;
  columns: string[];
  /** Cells already formatted for reading. */
  rows: string[][];
}

/** A chart of what `Input` holds: the runs on screen unless told (the fits of a file: fitCharts/). */
export interface ChartDefinition<Input = ChartInput> {
  /** Stable id: the `data-chart` attribute, and later the URL's chart selection. */
  id: string;
  title(input: Input): string;
  /** Whether the chart has something to show, e.g. points only when a bonus bank is on. */
  applies(input: Input): boolean;
  config(input: Input): ChartConfiguration;
  /** One sentence in words that says what the chart shows for this run. */
  summary(input: Input): string;
  table(input: Input): DataTable;
}
