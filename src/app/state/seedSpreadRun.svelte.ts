/**
 * The sandbox's spread across seeds: the configurations on screen (A, and B in compare mode) run
 * over K consecutive seeds starting at the sandbox's seed, in a pool of workers, and summed up as
 * bands (median and 10–90%) and, in compare mode, the share of seeds in which B ends ahead. A
 * spread belongs to the configurations it was run for: it is only shown beside runs of exactly
 * those, and a change of parameters, seed, length or market cancels a spread still going on.
 * Times in milliseconds.
 */
import { seedSpread, keepSpreadSeries, type SeedSpread, type SpreadRunSeries } from '../../analysis/seedSpread.ts';
import type { RunConfig, RunResult } from '../../sim/index.ts';
import { SEEDS, type SeedRunsOutcome } from '../../worker/seedRunner.ts';
import { spreadSeeds, withSeeds } from '../../analysis/seeds.ts';
import { formatNumber } from '../format/numbers.ts';
import { t } from '../i18n/t.ts';
import type { Refusal } from './paramSet.svelte.ts';
import { sameConfig } from './sideRun.svelte.ts';

/** What runs many configurations: the page's SeedRunner over Web Workers, or a stand-in in tests. */
export interface SpreadRunner {
  run<T>(
    configs: readonly RunConfig[],
    keep: (result: RunResult) => T,
    onProgress?: (done: number, total: number) => void,
  ): Promise<SeedRunsOutcome<T>>;
  cancel(): void;
  dispose(): void;
}

export type SpreadStatus = 'idle' | 'running' | 'done' | 'failed' | 'cancelled';

/** The configurations a spread is run for: A's, and B's in compare mode (seed = the first seed). */
export interface SpreadConfigs {
  a: RunConfig;
  b: RunConfig | null;
}

/** The series kept of each run of a spread, in seed order: A's, and B's in compare mode. */
export interface SpreadRuns {
  a: SpreadRunSeries[];
  b: SpreadRunSeries[] | null;
}

/** Milliseconds between two updates of the progress, so that quick runs cost no redraws. */
const PROGRESS_MS = 100;

function sameConfigs(one: SpreadConfigs, other: SpreadConfigs): boolean {
  if (!sameConfig(one.a, other.a)) return false;
  if (one.b === null || other.b === null) return one.b === other.b;
  return sameConfig(one.b, other.b);
}

/** A run's seed, weeks, people and parameters as a configuration (to match against a spread's). */
export function configOfResult(result: RunResult): RunConfig {
  return { seed: result.seed, weeks: result.weeks, people: result.people, params: result.params };
}

/** The seed count from typed text: a whole number within SEEDS. */
export function parseSeedCount(text: string, current: number): { ok: true; value: number } | { ok: false; error: string } {
  const cleaned = text.trim().replace(/[\s,_]/g, '');
  const value = /^\d+$/.test(cleaned) ? Number(cleaned) : Number.NaN;
  if (Number.isSafeInteger(value) && value >= SEEDS.min && value <= SEEDS.max) return { ok: true, value };
  return {
    ok: false,
    error: t('sandbox.size.refused', { min: SEEDS.min, max: SEEDS.max, current: formatNumber(current, 'count') }),
  };
}

export class SeedSpreadRun {
  /** Seeds to run. */
  count = $state<number>(SEEDS.default);
  countRefused = $state.raw<Refusal | null>(null);
  status = $state<SpreadStatus>('idle');
  /** Runs finished and asked for (K, or 2K in compare mode). */
  done = $state(0);
  total = $state(0);
  elapsedMs = $state<number | null>(null);
  error = $state<string | null>(null);
  /** The latest finished spread, the configurations it was run for and the series kept of each run. */
  result = $state.raw<{ spread: SeedSpread; configs: SpreadConfigs; runs: SpreadRuns } | null>(null);

  private asked: SpreadConfigs | null = null;
  private runner: SpreadRunner | null = null;
  private readonly createRunner: () => SpreadRunner;

  constructor(createRunner: () => SpreadRunner) {
    this.createRunner = createRunner;
  }

  /** Take typed text for the seed count; false (with the reason kept) if it is refused. */
  enterCount(text: string): boolean {
    const checked = parseSeedCount(text, this.count);
    if (!checked.ok) {
      this.countRefused = { text, message: checked.error };
      return false;
    }
    this.countRefused = null;
    this.count = checked.value;
    return true;
  }

  /** The spread of exactly these configurations, or null when there is none. */
  spreadFor(configs: SpreadConfigs): SeedSpread | null {
    const result = this.result;
    return result && sameConfigs(result.configs, configs) ? result.spread : null;
  }

  /** The kept series of each run of exactly these configurations, seed by seed, or null. */
  runsFor(configs: SpreadConfigs): SpreadRuns | null {
    const result = this.result;
    return result && sameConfigs(result.configs, configs) ? result.runs : null;
  }

  /** Run `count` seeds of these configurations, superseding any spread going on. */
  async start(configs: SpreadConfigs): Promise<void> {
    const { a, b } = configs;
    const seeds = spreadSeeds(a.seed, this.count);
    const jobs = [...withSeeds(a, seeds), ...(b ? withSeeds(b, seeds) : [])];
    this.asked = configs;
    this.status = 'running';
    this.error = null;
    this.done = 0;
    this.total = jobs.length;
    this.runner ??= this.createRunner();
    let shownAt = performance.now();
    const outcome = await this.runner.run(jobs, (result) => keepSpreadSeries(result.series), (done, total) => {
      const now = performance.now();
      if (this.asked !== configs || (now - shownAt < PROGRESS_MS && done < total)) return;
      shownAt = now;
      this.done = done;
    });
    if (this.asked !== configs || outcome.kind === 'cancelled') return;
    if (outcome.kind === 'failed') {
      this.error = outcome.error;
      this.status = 'failed';
      return;
    }
    const runs: SpreadRunSeries[] = outcome.runs;
    const kept: SpreadRuns = { a: runs.slice(0, seeds.length), b: b ? runs.slice(seeds.length) : null };
    this.result = { spread: seedSpread(seeds, kept.a, kept.b), configs, runs: kept };
    this.elapsedMs = outcome.elapsedMs;
    this.done = jobs.length;
    this.status = 'done';
  }

  /** Run the last asked-for spread again (after a failure or a cancel). */
  retry(): void {
    if (this.asked) void this.start(this.asked);
  }

  cancel(): void {
    if (this.status !== 'running') return;
    this.runner?.cancel();
    this.status = 'cancelled';
  }

  /**
   * The configurations on screen changed: a spread going on for others is cancelled, and a
   * finished one for others is forgotten (the page never shows it again).
   */
  follow(configs: SpreadConfigs): void {
    if (this.asked && !sameConfigs(this.asked, configs)) {
      if (this.status === 'running') this.runner?.cancel();
      this.asked = null;
      this.status = 'idle';
      this.error = null;
    }
    if (this.result && !sameConfigs(this.result.configs, configs)) this.result = null;
  }

  dispose(): void {
    this.asked = null;
    this.runner?.dispose();
    this.runner = null;
  }
}

