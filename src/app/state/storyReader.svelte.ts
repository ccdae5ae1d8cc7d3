/**
 * Reading one person's story for the population view: the run on screen is run again with the
 * person traced (a traced run gives bit-identical numbers), on a pool of its own so that the
 * sandbox's runs never wait for it. Asking for another story, or for the same person in another
 * run, supersedes the reading going on: only the story asked for last ever lands. Failures are
 * kept as text in `error`, never thrown.
 */
import type { RunConfig, RunResult, StoryEvent } from '../../sim/index.ts';
import type { Runner } from './sideRun.svelte.ts';

/** The configuration that gave `result`, with one person traced and no sample logged. */
export function tracedConfig(result: RunResult, id: number): RunConfig {
  return { seed: result.seed, weeks: result.weeks, people: result.people, params: result.params, trace: [id] };
}

export class StoryReader {
  /** The person whose story is open, or null when none is. */
  id = $state<number | null>(null);
  /** Their recorded events; null while they are being read (or after a failure). */
  events = $state.raw<StoryEvent[] | null>(null);
  error = $state<string | null>(null);

  private asked: RunConfig | null = null;
  private runner: Runner | null = null;
  private readonly createRunner: () => Runner;

  /** The runner is made on the first story asked for, so a page that reads none starts no worker. */
  constructor(createRunner: () => Runner) {
    this.createRunner = createRunner;
  }

  /** Open the story of person `id` in the run that gave `result`. */
  read(result: RunResult, id: number): void {
    const config = tracedConfig(result, id);
    if (this.asked && this.id === id && sameRun(this.asked, config) && this.error === null) return;
    this.id = id;
    void this.start(config, id);
  }

  close(): void {
    this.asked = null;
    this.runner?.cancel();
    this.id = null;
    this.events = null;
    this.error = null;
  }

  dispose(): void {
    this.close();
    this.runner?.dispose();
    this.runner = null;
  }

  private async start(config: RunConfig, id: number): Promise<void> {
    this.asked = config;
    this.events = null;
    this.error = null;
    this.runner ??= this.createRunner();
    const outcome = await this.runner.run(config);
    // Only the story asked for last may land; anything else was superseded or closed on the way.
    if (this.asked !== config || outcome.kind === 'superseded') return;
    if (outcome.kind === 'failed') {
      this.error = outcome.error;
      return;
    }
    this.events = outcome.result.stories[id] ?? [];
  }
}

/** Same seed, length, market and the very same parameter values object (the result's). */
function sameRun(one: RunConfig, other: RunConfig): boolean {
  return one.seed === other.seed && one.weeks === other.weeks && one.people === other.people && one.params === other.params;
}
