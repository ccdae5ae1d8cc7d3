/**
 * A learner's check of one scenario on their own device, before or after playing it: the answers
 * being chosen, the checks kept in this browser (check/checkStore.ts), and scoring, which keeps
 * the answers and gives the score and the result code. Storage is handed in, so tests pass a fake.
 */
import type { Scenario } from '../../scenarios/types.ts';
import { readChecks, writeChecks, type KeptChecks, type TakenCheck } from '../check/checkStore.ts';
import { resultCode } from '../check/resultCode.ts';
import { answersComplete, scoreCheck, type CheckPhase, type CheckScore } from '../check/score.ts';
import type { StorageLike } from '../saved/savedStore.ts';

export class LearnerCheck {
  readonly scenario: Scenario;
  readonly phase: CheckPhase;
  /** The choice for each question (0-based), or null while unanswered. */
  answers = $state<(number | null)[]>([]);
  kept = $state.raw<KeptChecks>({});
  /** Sentences on what could not be read or kept, for the page's notes. */
  notes = $state.raw<string[]>([]);
  /** The form is shown (no result yet for this phase, or answering again). */
  answering = $state(true);

  readonly taken = $derived.by<TakenCheck | null>(() => this.kept[this.phase] ?? null);
  readonly complete = $derived.by(() => answersComplete(this.scenario.check, this.answers));
  readonly answeredCount = $derived.by(() => this.answers.filter((answer) => answer !== null).length);
  readonly score = $derived.by<CheckScore | null>(() => (this.taken ? scoreCheck(this.scenario.check, this.taken.answers) : null));
  readonly code = $derived.by<string | null>(() => (this.taken ? resultCode(this.scenario.id, this.phase, this.taken.answers) : null));
  /** The score before the scenario, shown beside the score after it. */
  readonly beforeScore = $derived.by<CheckScore | null>(() =>
    this.phase === 'after' && this.kept.before ? scoreCheck(this.scenario.check, this.kept.before.answers) : null,
  );

  private readonly storage: StorageLike;
  private readonly now: () => Date;

  constructor(scenario: Scenario, phase: CheckPhase, storage: StorageLike, now: () => Date = () => new Date()) {
    this.scenario = scenario;
    this.phase = phase;
    this.storage = storage;
    this.now = now;
    const read = readChecks(storage, scenario.id, scenario.check);
    this.kept = read.kept;
    this.notes = read.warning ? [read.warning] : [];
    const taken = read.kept[phase];
    this.answers = taken ? [...taken.answers] : scenario.check.map(() => null);
    this.answering = !taken;
  }

  choose(question: number, choice: number): void {
    if (question >= 0 && question < this.answers.length) this.answers[question] = choice;
  }

  /** Score the answers and keep them; does nothing until every question is answered. */
  submit(): void {
    const answers = $state.snapshot(this.answers);
    if (!answersComplete(this.scenario.check, answers)) return;
    this.kept = { ...this.kept, [this.phase]: { answers, at: this.now().toISOString() } };
    this.answering = false;
    const failed = writeChecks(this.storage, this.scenario.id, this.kept);
    this.notes = failed ? [...this.notes, failed] : this.notes;
  }

  /** Back to the form, with the kept answers chosen; the kept result stays until the next scoring. */
  answerAgain(): void {
    this.answering = true;
  }
}
