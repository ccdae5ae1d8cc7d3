/**
 * The runner of the debrief's runs over seeds (its verdict over seeds and its table lever by
 * lever): a SeedRunner on as many of the page's workers as a spread across seeds takes, and what
 * such a part of the debrief is given.
 */
import type { Scenario } from '../../scenarios/index.ts';
import { SeedRunner } from '../../worker/seedRunner.ts';
import { spreadWorkerCount } from './startup.ts';

export function debriefRunner(): SeedRunner {
  return new SeedRunner(spreadWorkerCount(navigator.hardwareConcurrency));
}

/** The props of a part of the debrief that runs over seeds. */
export interface DebriefRunProps {
  scenario: Scenario;
  /** The seed on screen: the first of the seeds run. */
  seed: number;
}
