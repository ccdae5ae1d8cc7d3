/**
 * The experiment view's state: the builder's form (experimentDraft.ts) with the size of each run
 * (people, weeks, seed), its check, the runs it takes and the time they are expected to take on
 * this device; and the experiment being run: its progress, pause, resume and cancel, and the
 * summary of every point as the results come in. The experiment on screen is the one that was
 * run, frozen when it started, so that editing the form never relabels results. Times in
 * milliseconds, except the estimate, in seconds.
 */
import type { ExperimentLinkParts } from '../../experiment/link.ts';
import { planExperiment, type Experiment, type ExperimentBase, type ExperimentPlan } from '../../experiment/plan.ts';
import type { ExperimentResults, PointSummary } from '../../experiment/results.ts';
import { ExperimentRunner, type ExperimentProgress, type SeriesExecutor } from '../../experiment/runner.ts';
import { LIMITS, type ParamKey, type Params } from '../../sim/index.ts';
import { formatNumber } from '../format/numbers.ts';
import { t, type MessageKey } from '../i18n/t.ts';
import {
  axisDraftFor,
  axisDraftOf,
  checkDraft,
  firstAxisDraft,
  measureDraftOf,
  secondAxisDraft,
  type DraftCheck,
  type ExperimentDraft,
} from './experimentDraft.ts';
import { expectedSeconds, parseSize, type SizeKey } from './runSize.ts';

/** What runs whole runs: the page's SeriesPool of Web Workers, or a stand-in in tests. */
export interface ExperimentPool {
  readonly size: number;
  executors(): SeriesExecutor[];
  /** Stop every run under way at once. */
  stop(): void;
}

export type ExperimentStatus = 'idle' | 'running' | 'paused' | 'done' | 'failed' | 'cancelled';

/** The experiment on screen: as it was when it started, with its plan and results so far. */
export interface ExperimentRun {
  experiment: Experiment;
  plan: ExperimentPlan;
  results: ExperimentResults;
}

export interface ExperimentStart {
  /** The set-ups the experiment starts from (the sandbox's A and B). */
  base: ExperimentBase;
  /** The experiment's parts from a link; without axes the builder offers its first axis. */
  parts: ExperimentLinkParts;
}

/** The size fields' names, for their errors and labels. */
export const SIZE_NAMES = { people: 'experiment.size.people', weeks: 'experiment.size.weeks', seed: 'experiment.size.seed' } as const satisfies Record<SizeKey, MessageKey>;

/** Milliseconds between two redraws of results and progress, so that quick runs cost no redraws. */
const UPDATE_MS = 150;

export type SizeDraft = Record<SizeKey, string>;

/**
 * `apply` at most once every UPDATE_MS, with the latest value: a call within the interval is
 * applied when it ends, so the screen always catches up with the last value.
 */
function throttled<T>(apply: (value: T) => void): (value: T) => void {
  let appliedAt = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let latest: T;
  const flush = () => {
    timer = null;
    appliedAt = performance.now();
    apply(latest);
  };
  return (value) => {
    latest = value;
    if (timer !== null) return;
    const wait = appliedAt + UPDATE_MS - performance.now();
    if (wait <= 0) flush();
    else timer = setTimeout(flush, wait);
  };
}

export class ExperimentState {
  /** The set-ups' parameters; the size of a run is in the form. */
  readonly a: Params;
  readonly b: Params | null;
  // Both are set by load(), in the constructor.
  draft = $state<ExperimentDraft>() as ExperimentDraft;
  size = $state<SizeDraft>() as SizeDraft;

  status = $state<ExperimentStatus>('idle');
  progress = $state.raw<ExperimentProgress | null>(null);
  error = $state<string | null>(null);
  run = $state.raw<ExperimentRun | null>(null);
  summaries = $state.raw<(PointSummary | null)[]>([]);

  private pool: ExperimentPool | null = null;
  private runner: ExperimentRunner | null = null;
  private readonly createPool: () => ExperimentPool;

  constructor(start: ExperimentStart, createPool: () => ExperimentPool) {
    this.createPool = createPool;
    this.a = start.base.a;
    this.b = start.base.b;
    this.load(start);
  }

  /** Take the parts of an address: the run's size and the experiment's (the first axis if none). */
  load(start: ExperimentStart): void {
    const { base, parts } = start;
    this.size = { people: String(base.people), weeks: String(base.weeks), seed: String(base.seed) };
    this.draft = {
      axes: parts.axes.length > 0 ? parts.axes.map(axisDraftOf) : [firstAxisDraft(this.a, this.b)],
      repetitions: String(parts.repetitions),
      measure: measureDraftOf(parts.measure),
    };
  }

  get hasB(): boolean {
    return this.b !== null;
  }

  /** The size fields' errors, and the base set-up when every one is right. */
  readonly sizeCheck = $derived.by(() => {
    const errors: Partial<Record<SizeKey, string>> = {};
    const values: Partial<Record<SizeKey, number>> = {};
    for (const key of ['people', 'weeks', 'seed'] as const) {
      const checked = parseSize(key, this.size[key], 0);
      if (checked.ok) values[key] = checked.value;
      else {
        const { min, max } = LIMITS[key];
        errors[key] = t('experiment.size.refused', { name: t(SIZE_NAMES[key]), min: formatNumber(min, 'count'), max: formatNumber(max, 'count') });
      }
    }
    const { people, weeks, seed } = values;
    const base: ExperimentBase | null =
      people !== undefined && weeks !== undefined && seed !== undefined ? { people, weeks, seed, a: this.a, b: this.b } : null;
    return { errors, base };
  });

  /** The form's check against the base; null while a size field is wrong. */
  readonly check: DraftCheck | null = $derived.by(() => {
    const base = this.sizeCheck.base;
    return base ? checkDraft($state.snapshot(this.draft) as ExperimentDraft, base) : null;
  });

  /** Seconds the experiment is expected to take on this device's workers, or null. */
  estimateSeconds(workers: number): number | null {
    const base = this.sizeCheck.base;
    const runs = this.check?.runs;
    if (!base || runs === null || runs === undefined) return null;
    return expectedSeconds(base.people, base.weeks, runs, 1) / Math.max(1, workers);
  }

  /** What a link keeps: the base and the parts of the form as checked, or null while wrong. */
  get linkParts(): { base: ExperimentBase; parts: ExperimentLinkParts } | null {
    const experiment = this.check?.experiment;
    if (!experiment) return null;
    return { base: experiment.base, parts: { axes: experiment.axes, repetitions: experiment.repetitions, measure: experiment.measure } };
  }

  /** Sweep another parameter on axis `index`: its values start afresh from that parameter's value. */
  setAxisKey(index: number, key: ParamKey): void {
    const { target } = this.draft.axes[index];
    this.draft.axes[index] = axisDraftFor(key, target, target === 'A' || !this.b ? this.a : this.b);
  }

  addAxis(): void {
    if (this.draft.axes.length >= 2) return;
    this.draft.axes.push(secondAxisDraft(this.draft.axes[0], this.a));
  }

  removeAxis(index: number): void {
    if (this.draft.axes.length <= 1) return;
    this.draft.axes.splice(index, 1);
  }

  get isActive(): boolean {
    return this.status === 'running' || this.status === 'paused';
  }

  /** Run the experiment the form holds, superseding one under way. */
  async start(): Promise<void> {
    const experiment = this.check?.experiment;
    if (!experiment) return;
    this.stopRunner();
    const plan = planExperiment(experiment);
    this.pool ??= this.createPool();
    const runner = new ExperimentRunner(plan, experiment.measure, this.pool.executors());
    this.runner = runner;
    this.run = { experiment, plan, results: runner.results };
    this.summaries = runner.results.summaries();
    this.status = 'running';
    this.error = null;
    this.progress = null;
    const showResults = throttled(() => {
      if (this.runner === runner) this.summaries = runner.results.summaries();
    });
    const showProgress = throttled((progress: ExperimentProgress) => {
      if (this.runner === runner) this.progress = progress;
    });
    let lastProgress: ExperimentProgress | null = null;
    const outcome = await runner.run({
      onRows: () => showResults(undefined),
      onProgress: (progress) => showProgress((lastProgress = progress)),
    });
    if (this.runner !== runner) return;
    this.runner = null;
    this.summaries = runner.results.summaries();
    this.progress = lastProgress;
    if (outcome.kind === 'failed') {
      this.status = 'failed';
      this.error = outcome.error;
      // A worker that failed may be gone: the next experiment starts on fresh ones.
      this.pool?.stop();
    } else this.status = outcome.kind;
  }

  pause(): void {
    if (this.status !== 'running' || !this.runner) return;
    this.runner.pause();
    this.status = 'paused';
  }

  resume(): void {
    if (this.status !== 'paused' || !this.runner) return;
    this.runner.resume();
    this.status = 'running';
  }

  /** End the experiment at once: the runs under way are stopped, the results so far kept. */
  cancel(): void {
    if (!this.runner) return;
    this.stopRunner();
    const results = this.run?.results;
    this.summaries = results?.summaries() ?? [];
    if (this.progress && results) this.progress = { ...this.progress, done: results.runsDone, remainingMs: null };
    this.status = 'cancelled';
  }

  dispose(): void {
    this.stopRunner();
    this.pool = null;
  }

  private stopRunner(): void {
    const runner = this.runner;
    this.runner = null;
    if (!runner) return;
    runner.cancel();
    this.pool?.stop();
  }
}

