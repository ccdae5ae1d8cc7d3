/**
 * The state of a scenario being played: which step is on screen (1 is the story and the
 * question, then one per step of the scenario, then "Where does it hold?" if it has a sweep, then
 * the debrief), the reader's prediction, and
 * the runs of A and B (each on its own worker pool, with the scenario's seed or the address's, so the same for
 * everyone who opens the link). Results are shown once the prediction is locked in or skipped;
 * opening a link past the story shows them at once. In classroom mode the teacher counts the room's
 * show of hands for each answer before the run. The debrief is derived from the two runs by
 * the same function the CLI uses.
 */
import { debriefOf, variantConfig, type Debrief, type Scenario } from '../../scenarios/index.ts';
import type { RunResult } from '../../sim/index.ts';
import type { ChartInput } from '../charts/contract.ts';
import { handsCount } from '../classroom/hands.ts';
import { t } from '../i18n/t.ts';
import { SideRun, type Runner } from '../state/sideRun.svelte.ts';

export type Page = { kind: 'story' } | { kind: 'step'; index: number } | { kind: 'holds' } | { kind: 'debrief' };
export type PlayerStatus = 'running' | 'done' | 'failed';

export interface PlayerOptions {
  createRunner: () => Runner;
  /** The step asked for by the address (kept within the scenario's). */
  step: number;
  /** Another seed than the scenario's own, or null. */
  seed: number | null;
  /** The room's show of hands from the address, one count per answer; none counted when absent or of another length. */
  hands?: readonly number[];
  reducedMotion: () => boolean;
}

export class ScenarioPlayer {
  /** The scenario in the language on screen: `translate` swaps in another language's words. */
  scenario = $state.raw<Scenario>() as Scenario;
  /** The seed both runs take. */
  readonly seed: number;
  /** The seed asked for by the address, or null for the scenario's own. */
  readonly seedAsked: number | null;
  /** Story, the steps, "Where does it hold?" (if any), the debrief. */
  readonly pages: number;
  step = $state(1);
  /** The index of the chosen answer, if any. */
  choice = $state<number | null>(null);
  /** Whether the run may be shown: the prediction is locked in or skipped. */
  revealed = $state(false);
  /** The room's show of hands in classroom mode, one count per answer (classroom/hands.ts), counted before the run. */
  hands = $state<number[]>([]);
  results = $state.raw<{ a: RunResult; b: RunResult } | null>(null);

  readonly runA: SideRun;
  readonly runB: SideRun;

  readonly page = $derived.by<Page>(() => this.pageOf(this.step));
  readonly debrief = $derived.by<Debrief | null>(() =>
    this.results ? debriefOf(this.scenario, this.results.a, this.results.b) : null,
  );
  readonly status = $derived.by<PlayerStatus>(() => {
    if (this.runA.status === 'failed' || this.runB.status === 'failed') return 'failed';
    return this.results ? 'done' : 'running';
  });
  readonly error = $derived.by(() => this.runA.error ?? this.runB.error);
  /** The 0-based week the charts show up to, or null for the whole run. */
  readonly cursorWeek = $derived.by<number | null>(() => {
    const page = this.page;
    return page.kind === 'step' ? this.scenario.steps[page.index].week - 1 : null;
  });
  /** The chart the step asks the reader to look at. */
  readonly highlighted = $derived.by<string | null>(() => {
    const page = this.page;
    if (page.kind === 'step') return this.scenario.steps[page.index].chart;
    return page.kind === 'debrief' ? this.scenario.steps[this.scenario.steps.length - 1].chart : null;
  });
  readonly chartInput = $derived.by<ChartInput | null>(() =>
    this.results && this.revealed
      ? {
          a: this.results.a,
          b: this.results.b,
          names: { a: t('sandbox.side.a'), b: t('sandbox.side.b') },
          cursorWeek: this.cursorWeek,
          reducedMotion: this.reducedMotion(),
        }
      : null,
  );
  /** The charts the scenario's steps look at, each once, in step order. */
  readonly chartIds: string[];

  private readonly reducedMotion: () => boolean;

  constructor(scenario: Scenario, options: PlayerOptions) {
    this.scenario = scenario;
    this.seedAsked = options.seed;
    this.seed = options.seed ?? scenario.seed;
    this.pages = pageCount(scenario);
    this.reducedMotion = options.reducedMotion;
    this.chartIds = [...new Set(scenario.steps.map((step) => step.chart))];
    this.step = this.clamp(options.step);
    this.revealed = this.step > 1;
    const choices = scenario.question.choices.length;
    this.hands = options.hands?.length === choices ? [...options.hands] : new Array<number>(choices).fill(0);
    const landed = () => this.pair();
    this.runA = new SideRun(options.createRunner, landed);
    this.runB = new SideRun(options.createRunner, landed);
  }

  /** Whether the address asked for a step past the last one. */
  /** The same scenario in another language: its words change, its runs, step and prediction stay. */
  translate(scenario: Scenario): void {
    if (scenario.id !== this.scenario.id) throw new Error(`a translation of "${this.scenario.id}" cannot be "${scenario.id}"`);
    this.scenario = scenario;
  }

  static pastEnd(scenario: Scenario, step: number): boolean {
    return step > pageCount(scenario);
  }

  start(): void {
    this.runA.request(variantConfig(this.scenario, 'A', this.seed));
    this.runB.request(variantConfig(this.scenario, 'B', this.seed));
  }

  retry(): void {
    for (const run of [this.runA, this.runB]) if (run.status === 'failed') run.retry();
  }

  goTo(step: number): void {
    this.step = this.clamp(step);
    if (this.step > 1) this.revealed = true;
  }

  next(): void {
    this.goTo(this.step + 1);
  }

  back(): void {
    this.goTo(this.step - 1);
  }

  /** The room's count for one answer; only before the run is shown, so the count is a prediction. */
  countHands(index: number, count: number): void {
    if (this.revealed || index < 0 || index >= this.hands.length) return;
    this.hands[index] = handsCount(count);
  }

  /** Lock in the prediction (or none) and show the run. */
  reveal(): void {
    this.revealed = true;
  }

  dispose(): void {
    this.runA.dispose();
    this.runB.dispose();
  }

  private clamp(step: number): number {
    return Math.max(1, Math.min(this.pages, Math.floor(step)));
  }

  private pageOf(step: number): Page {
    if (step <= 1) return { kind: 'story' };
    if (step >= this.pages) return { kind: 'debrief' };
    if (this.scenario.holds && step === this.pages - 1) return { kind: 'holds' };
    return { kind: 'step', index: step - 2 };
  }

  private pair(): void {
    const a = this.runA.result;
    const b = this.runB.result;
    if (a && b && this.runA.current && this.runB.current) this.results = { a, b };
  }
}

/** The pages of a scenario: the story, its steps, "Where does it hold?" (if it has a sweep), the debrief. */
export function pageCount(scenario: Scenario): number {
  return scenario.steps.length + 2 + (scenario.holds ? 1 : 0);
}
