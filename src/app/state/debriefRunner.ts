/**
 * The runner of the debrief's runs over seeds (its verdict over seeds, its table lever by lever
 * and its what-ifs): one SeedRunner on as many of the page's workers as a spread across seeds
 * takes, shared by the parts in turn (DebriefQueue), and what such a part is given.
 *
 * Why a queue: each part runs tens of whole runs as soon as the debrief opens. Run side by side
 * they would share the cores and every part would finish late; in turn, the part at the top of the
 * page (the verdict) finishes first, then the ones below it, in the order the reader meets them.
 */
import type { Scenario } from '../../scenarios/index.ts';
import type { RunConfig, RunResult } from '../../sim/index.ts';
import { SeedRunner, type SeedRunsOutcome } from '../../worker/seedRunner.ts';
import type { SpreadRunner } from './seedSpreadRun.svelte.ts';
import { spreadWorkerCount } from './startup.ts';

export function debriefRunner(): SeedRunner {
  return new SeedRunner(spreadWorkerCount(navigator.hardwareConcurrency));
}

/**
 * One runner shared by several parts in turn: each part takes a lane (a SpreadRunner of its own);
 * a lane's runs wait for every run asked for before them. A lane's cancel or dispose drops only
 * its own runs; the queue's dispose ends the shared runner.
 */
export class DebriefQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private shared: SpreadRunner | null = null;
  /** The lane whose runs are going on now, if any. */
  private current: object | null = null;
  private disposed = false;
  private readonly createRunner: () => SpreadRunner;

  constructor(createRunner: () => SpreadRunner = debriefRunner) {
    this.createRunner = createRunner;
  }

  lane(): SpreadRunner {
    const queue = this;
    // A run belongs to the lane's turn it was asked in; a cancel moves the lane on a turn.
    let turn = 0;
    const lane: SpreadRunner = {
      run<T>(configs: readonly RunConfig[], keep: (result: RunResult) => T, onProgress?: (done: number, total: number) => void) {
        const mine = ++turn;
        const outcome = queue.tail.then((): Promise<SeedRunsOutcome<T>> | SeedRunsOutcome<T> => {
          if (mine !== turn || queue.disposed) return { kind: 'cancelled' };
          queue.current = lane;
          queue.shared ??= queue.createRunner();
          return queue.shared.run(configs, keep, onProgress).finally(() => {
            if (queue.current === lane) queue.current = null;
          });
        });
        queue.tail = outcome.catch(() => undefined);
        return outcome;
      },
      cancel() {
        turn++;
        if (queue.current === lane) queue.shared?.cancel();
      },
      dispose() {
        lane.cancel();
      },
    };
    return lane;
  }

  dispose(): void {
    this.disposed = true;
    this.shared?.dispose();
    this.shared = null;
  }
}

/** The props of a part of the debrief that runs over seeds. */
export interface DebriefRunProps {
  scenario: Scenario;
  /** The seed on screen: the first of the seeds run. */
  seed: number;
  /** The debrief's shared runner, which gives each part its lane. */
  queue: DebriefQueue;
}
