/**
 * The sandbox's state: parameter sets A and B, compare mode, the seed, weeks and people shared by
 * both, the playback cursor, and the runs. Results are whole RunResults ($state.raw); what the
 * charts and the summary show is derived. A pair of results is only put on screen together when
 * both are for the same seed, weeks and people, so a chart never mixes two runs of different
 * lengths; while a new run computes, the last pair stays and `status` says "running". A spread
 * across seeds (seedSpreadRun) is shown only beside runs of the configurations it was run for.
 */
import { LIMITS, type GroupId, type ParamKey, type PresetId, type RunConfig, type RunResult } from '../../sim/index.ts';
import type { ChartInput } from '../charts/contract.ts';
import { prefersReducedMotion } from '../charts/setup.ts';
import { t } from '../i18n/t.ts';
import { ParamSet, type Refusal } from './paramSet.svelte.ts';
import { presetValues } from './presetChoice.ts';
import { Playback, type Timers } from './playback.svelte.ts';
import { HeldChanges } from './heldChanges.ts';
import { ASK_ABOVE_SECONDS, expectedSeconds, freshSeed, parseSize, workload, type SizeKey } from './runSize.ts';
import { metricRows, summaryAt, type MetricRow } from './sandboxSummary.ts';
import { configOfResult, SeedSpreadRun, type SpreadConfigs, type SpreadRunner } from './seedSpreadRun.svelte.ts';
import { sameConfig, SideRun, type Runner, type SideStatus } from './sideRun.svelte.ts';

export type Side = 'a' | 'b';
/** `asking`: the run on screen would take long enough that the reader is asked before it starts. */
export type SandboxStatus = 'asking' | 'running' | 'done' | 'failed' | 'cancelled';

export interface SandboxOptions {
  /** Makes the runner of one side (the page gives each side its own pool of workers). */
  createRunner: () => Runner;
  /** Makes the runner of spreads across seeds (the page's SeedRunner over its own workers). */
  createSpreadRunner: () => SpreadRunner;
  /** Numbers in [0, 1) for "new seed"; Math.random in the page. */
  random?: () => number;
  timers?: Timers;
  reducedMotion?: () => boolean;
  /** Web Workers per run, for the estimate of a long run's time (1 unless told). */
  workers?: number;
}

/** Runs of this many person-weeks or more show their progress at once (the default is 1.56 million). */
export const LARGE_RUN = 5_000_000;

/** People whose weekly states each run logs for the population view (all of a default market). */
export const SAMPLE_SIZE = 10_000;

export class SandboxState {
  readonly a = new ParamSet();
  readonly b = new ParamSet();
  compare = $state(false);
  seed = $state<number>(LIMITS.seed.default);
  weeks = $state<number>(LIMITS.weeks.default);
  people = $state<number>(LIMITS.people.default);
  /** Refused text for the seed, weeks or people, kept beside the value still in effect. */
  sizeRefused = $state.raw<Partial<Record<SizeKey, Refusal>>>({});
  /** Charts the reader has hidden, by id. */
  hiddenCharts = $state.raw<ReadonlySet<string>>(new Set());
  /** The results on screen: A, and B in compare mode. */
  shown = $state.raw<{ a: RunResult; b: RunResult | null } | null>(null);

  readonly runA: SideRun;
  readonly runB: SideRun;
  readonly spread: SeedSpreadRun;
  readonly playback: Playback;

  readonly configA = $derived<RunConfig>(this.configOf(this.a));
  readonly configB = $derived<RunConfig>(this.configOf(this.b));

  /** Parameters where B differs from A (empty outside compare mode). */
  readonly differences = $derived<ParamKey[]>(this.compare ? this.b.differencesFrom(this.a) : []);

  readonly status = $derived.by<SandboxStatus>(() => this.statusOf());
  readonly error = $derived.by(() => this.runA.error ?? (this.compare ? this.runB.error : null));
  /** Weeks done and asked for over the runs going on, for a progress bar. */
  readonly progress = $derived.by(() => this.progressOf());
  readonly large = $derived(this.people * this.weeks >= LARGE_RUN);
  /** Seconds the runs on screen are expected to take on this device. */
  readonly expectedSeconds = $derived.by(() => expectedSeconds(this.people, this.weeks, this.compare ? 2 : 1, this.workers));
  /** The runs on screen would take long: they start only once the reader says so (`approve`). */
  readonly asking = $derived.by(
    () => this.expectedSeconds > ASK_ABOVE_SECONDS && workload(this.people, this.weeks) > this.approvedWorkload,
  );
  /** The largest run (in person-weeks) the reader has said to start. */
  private approvedWorkload = $state(0);

  readonly chartInput = $derived.by<ChartInput | null>(() =>
    this.shown
      ? {
          a: this.shown.a,
          b: this.shown.b,
          names: { a: t('sandbox.side.a'), b: t('sandbox.side.b') },
          cursorWeek: this.cursorWeek(),
          reducedMotion: this.reducedMotion(),
          spread: this.spread.spreadFor({
            a: configOfResult(this.shown.a),
            b: this.shown.b ? configOfResult(this.shown.b) : null,
          }),
        }
      : null,
  );

  /** The summary rows at the cursor week. */
  readonly metrics = $derived.by<MetricRow[]>(() => this.metricsOf());

  private readonly random: () => number;
  private readonly reducedMotion: () => boolean;
  private readonly workers: number;
  private readonly held = new HeldChanges<Side>();

  constructor(options: SandboxOptions) {
    this.random = options.random ?? Math.random;
    this.reducedMotion = options.reducedMotion ?? prefersReducedMotion;
    this.workers = options.workers ?? 1;
    const landed = () => this.pair();
    const ended = () => this.releaseHeld();
    this.runA = new SideRun(options.createRunner, landed, ended);
    this.runB = new SideRun(options.createRunner, landed, ended);
    this.spread = new SeedSpreadRun(options.createSpreadRunner);
    this.playback = new Playback(() => this.shown?.a.weeks ?? this.weeks, options.timers);
  }

  /** Start the runs the configurations on screen need; call whenever they may have changed. */
  sync(): void {
    const configA = this.configA;
    this.spread.follow(this.spreadConfigs());
    if (this.asking) {
      // Nothing runs until the reader says so; a run going on for other settings stops.
      this.runA.cancel();
      this.runB.cancel();
      return;
    }
    this.runA.request(configA);
    if (!this.compare) return;
    const configB = this.configB;
    // B as a copy of A is A's run: reuse its result instead of computing it again.
    if (this.runA.current && this.runA.result && this.sameAsA(configB)) this.runB.adopt(configB, this.runA.result);
    else this.runB.request(configB);
  }

  /** Switch compare mode; B starts as a copy of A each time it is switched on. */
  setCompare(on: boolean): void {
    if (on === this.compare) return;
    this.compare = on;
    if (on) {
      this.b.copyFrom(this.a);
    } else {
      this.runB.forget();
      this.pair();
    }
    this.sync();
  }

  /**
   * Set a value from a control. While a quick run computes, the value is held and applied when
   * it lands (heldChanges.ts), so that a dragged slider's charts follow it; a large run is
   * cancelled at once instead.
   */
  set(side: Side, key: ParamKey, value: unknown): void {
    if (this.quickRunGoing()) {
      this.held.hold({ side, key, value });
      return;
    }
    this.change(() => this.params(side).set(key, value));
  }

  enter(side: Side, key: ParamKey, text: string): void {
    this.change(() => this.params(side).enter(key, text));
  }

  reset(side: Side, key: ParamKey): void {
    this.change(() => this.params(side).reset(key));
  }

  resetGroup(side: Side, group: GroupId): void {
    this.change(() => this.params(side).resetGroup(group));
  }

  /** Set a group's values as a whole from a preset (presetChoice.ts), as one change. */
  applyPreset(side: Side, id: PresetId): void {
    this.change(() => this.params(side).setMany(presetValues(id)));
  }

  /** Every parameter of one set back to its default (seed, weeks and people stay). */
  resetSide(side: Side): void {
    this.change(() => this.params(side).resetAll());
  }

  params(side: Side): ParamSet {
    return side === 'a' ? this.a : this.b;
  }

  /** Take typed text for the seed, weeks or people. */
  enterSize(key: SizeKey, text: string): boolean {
    const checked = parseSize(key, text, this[key]);
    const refused = { ...this.sizeRefused };
    if (checked.ok) {
      delete refused[key];
      this.sizeRefused = refused;
      this.setSize(key, checked.value);
      return true;
    }
    refused[key] = { text, message: checked.error };
    this.sizeRefused = refused;
    return false;
  }

  newSeed(): void {
    this.setSize('seed', freshSeed(this.seed, this.random));
  }

  /** Show or hide one chart. */
  showChart(id: string, shown: boolean): void {
    const hidden = new Set(this.hiddenCharts);
    if (shown) hidden.delete(id);
    else hidden.add(id);
    this.hiddenCharts = hidden;
  }

  /** Forget values held for the run going on (a whole new state is being loaded). */
  dropHeld(): void {
    this.held.take();
  }

  /** Everything back to the defaults: A (and B), seed, weeks and people. */
  resetAll(): void {
    this.held.take();
    this.a.resetAll();
    if (this.compare) this.b.resetAll();
    this.sizeRefused = {};
    this.seed = LIMITS.seed.default;
    this.weeks = LIMITS.weeks.default;
    this.people = LIMITS.people.default;
    this.sync();
  }

  cancel(): void {
    this.runA.cancel();
    this.runB.cancel();
  }

  /** Start the long run the reader was asked about. */
  approve(): void {
    this.approvedWorkload = workload(this.people, this.weeks);
    this.sync();
  }

  /** Decline a long run: back to the default market size and length. */
  declineSize(): void {
    this.people = LIMITS.people.default;
    this.weeks = LIMITS.weeks.default;
    this.sizeRefused = {};
    this.sync();
  }

  /** Run the configurations on screen over the spread's number of seeds. */
  runSpread(): void {
    void this.spread.start(this.spreadConfigs());
  }

  retry(): void {
    for (const run of this.compare ? [this.runA, this.runB] : [this.runA]) {
      if (run.status === 'failed' || run.status === 'cancelled') run.retry();
    }
  }

  dispose(): void {
    this.playback.pause();
    this.runA.dispose();
    this.runB.dispose();
    this.spread.dispose();
  }

  /** Make a change after the values held so far, so that changes take effect in the order made. */
  private change(make: () => void): void {
    this.applyHeld();
    make();
    this.sync();
  }

  private applyHeld(): void {
    for (const { side, key, value } of this.held.take()) this.params(side).set(key, value);
  }

  /** A run ended: apply the values held while it computed, once no quick run is going. */
  private releaseHeld(): void {
    if (this.held.size === 0 || this.quickRunGoing()) return;
    this.applyHeld();
    this.sync();
  }

  private quickRunGoing(): boolean {
    if (this.large) return false;
    return this.runA.status === 'running' || (this.compare && this.runB.status === 'running');
  }

  private configOf(set: ParamSet): RunConfig {
    const { seed, weeks, people } = this;
    return { seed, weeks, people, params: set.values, sample: Math.min(people, SAMPLE_SIZE) };
  }

  /** The configurations on screen without the population sample (a spread keeps only series). */
  private spreadConfigs(): SpreadConfigs {
    const { seed, weeks, people } = this;
    return {
      a: { seed, weeks, people, params: this.a.values },
      b: this.compare ? { seed, weeks, people, params: this.b.values } : null,
    };
  }

  private setSize(key: SizeKey, value: number): void {
    if (this[key] === value) return;
    this[key] = value;
    this.sync();
  }

  private sameAsA(config: RunConfig): boolean {
    const asked = this.runA.config;
    return asked !== null && sameConfig(asked, config);
  }

  /** Put the latest results on screen when they belong together. */
  private pair(): void {
    const a = this.runA.result;
    if (!a) return;
    if (!this.compare) {
      this.shown = { a, b: null };
      return;
    }
    const b = this.runB.result;
    if (b && b.seed === a.seed && b.weeks === a.weeks && b.people === a.people) this.shown = { a, b };
  }

  /** The cursor within the run on screen, or null for its end. */
  private cursorWeek(): number | null {
    return this.playback.cursor === null ? null : this.playback.position;
  }

  private statusOf(): SandboxStatus {
    if (this.asking) return 'asking';
    const statuses: SideStatus[] = this.compare ? [this.runA.status, this.runB.status] : [this.runA.status];
    if (statuses.includes('failed')) return 'failed';
    if (statuses.includes('running') || statuses.includes('idle')) return 'running';
    if (statuses.includes('cancelled')) return 'cancelled';
    return 'done';
  }

  private progressOf(): { done: number; of: number } {
    const runs = this.compare ? [this.runA, this.runB] : [this.runA];
    const going = runs.filter((run) => run.status === 'running');
    return {
      done: going.reduce((sum, run) => sum + run.weeksDone, 0),
      of: going.reduce((sum, run) => sum + run.weeksAsked, 0),
    };
  }

  private metricsOf(): MetricRow[] {
    const shown = this.shown;
    const week = this.cursorWeek();
    const a = shown ? summaryAt(shown.a, week) : null;
    const b = shown?.b ? summaryAt(shown.b, week) : null;
    const bankOn = Boolean(shown && (shown.a.params['bonusBank.enabled'] || shown.b?.params['bonusBank.enabled']));
    return metricRows(a, b, bankOn);
  }
}
