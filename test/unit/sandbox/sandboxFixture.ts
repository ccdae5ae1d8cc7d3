/**
 * A sandbox state for tests, on small runs (400 people, 30 weeks), with stand-in runners that
 * compute in this thread: one per side (in the order they were made) and one for spreads.
 */
import { SandboxState } from '../../../src/app/state/sandboxState.svelte.ts';
import { FakeRunner, FakeSpreadRunner } from './fakeRunner.ts';

/** A sandbox on small runs, with its runners (one per side, in the order they were made). */
export function sandbox(manual = false) {
  const runners: FakeRunner[] = [];
  const spreadRunner = new FakeSpreadRunner(manual);
  const state = new SandboxState({
    createRunner: () => {
      const runner = new FakeRunner(manual);
      runners.push(runner);
      return runner;
    },
    createSpreadRunner: () => spreadRunner,
    random: () => 0.5,
    reducedMotion: () => true,
  });
  // Small runs; set directly, so that no run starts before the test asks for one.
  state.people = 400;
  state.weeks = 30;
  return { state, runners, spreadRunner };
}

