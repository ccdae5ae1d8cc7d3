/**
 * Reading a person's story for the population view: the run on screen is run again with that
 * person traced and the core's events land; a newer request supersedes an older one, closing
 * drops the reading going on, a failure is kept as text, and asking again for the story already
 * read runs nothing.
 */
import { describe, expect, it } from 'vitest';
import { defaultParams, simulate, type RunResult } from '../../../src/sim/index.ts';
import { StoryReader, tracedConfig } from '../../../src/app/state/storyReader.svelte.ts';
import { FakeRunner, settle } from './fakeRunner.ts';

const base = { seed: 3, weeks: 40, people: 300, params: defaultParams(), sample: 300 };
const shown: RunResult = simulate(base);

function reader(manual = true) {
  const runners: FakeRunner[] = [];
  const state = new StoryReader(() => {
    const runner = new FakeRunner(manual);
    runners.push(runner);
    return runner;
  });
  return { state, runners };
}

function storyOf(id: number) {
  return simulate({ ...base, trace: [id] }).stories[id] ?? [];
}

describe('the story reader', () => {
  it('starts no runner until a story is asked for', () => {
    const { runners } = reader();
    expect(runners).toHaveLength(0);
  });

  it('runs the run on screen again with the person traced and shows the core’s events', async () => {
    const { state, runners } = reader(false);
    state.read(shown, 17);
    expect(state.id).toBe(17);
    expect(state.events).toBeNull();
    expect(runners[0].asked[0]).toEqual(tracedConfig(shown, 17));
    expect(runners[0].asked[0].sample).toBeUndefined();
    await settle();
    expect(state.events).toEqual(storyOf(17));
    expect(state.error).toBeNull();
  });

  it('lets only the story asked for last land', async () => {
    const { state, runners } = reader();
    state.read(shown, 5);
    state.read(shown, 120);
    runners[0].finish();
    await settle();
    expect(state.id).toBe(120);
    expect(state.events).toEqual(storyOf(120));
    expect(runners[0].asked.map((config) => config.trace)).toEqual([[5], [120]]);
  });

  it('drops the story being read when it is closed', async () => {
    const { state, runners } = reader();
    state.read(shown, 5);
    state.close();
    runners[0].finish();
    await settle();
    expect(state.id).toBeNull();
    expect(state.events).toBeNull();
  });

  it('keeps a failure as text and reads again when asked again', async () => {
    const { state, runners } = reader();
    state.read(shown, 9);
    runners[0].fail('worker stopped');
    await settle();
    expect(state.error).toBe('worker stopped');
    expect(state.events).toBeNull();
    state.read(shown, 9);
    expect(state.error).toBeNull();
    expect(runners[0].asked).toHaveLength(2);
  });

  it('runs nothing when asked again for the story already read', async () => {
    const { state, runners } = reader(false);
    state.read(shown, 42);
    await settle();
    state.read(shown, 42);
    expect(runners[0].asked).toHaveLength(1);
    expect(state.events).toEqual(storyOf(42));
  });
});
