/**
 * The scenario player's state: it keeps the step within the scenario's, shows the run only once
 * the prediction is locked in (or at once when a link opens past the story), runs A and B with the
 * scenario's seed, and derives the same debrief as the CLI's function.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScenarioPlayer } from '../../src/app/scenario/player.svelte.ts';
import { debriefOf } from '../../src/scenarios/debrief.ts';
import { loadScenario } from '../../src/scenarios/load.ts';
import type { Scenario } from '../../src/scenarios/types.ts';
import { FakeRunner, settle } from '../unit/sandbox/fakeRunner.ts';

function smallScenario(): Scenario {
  // Read by path from the project's root: in jsdom, module URLs are not file URLs.
  const path = 'content/scenarios/over-promising.md';
  const checked = loadScenario(path, 'over-promising', readFileSync(join(process.cwd(), path), 'utf8'));
  if (!checked.ok) throw new Error(checked.error);
  return { ...checked.value, people: 1200 };
}

function player(step = 1, runners: FakeRunner[] = [], seed: number | null = null) {
  return new ScenarioPlayer(smallScenario(), {
    createRunner: () => {
      const runner = new FakeRunner();
      runners.push(runner);
      return runner;
    },
    step,
    seed,
    reducedMotion: () => true,
  });
}

describe('ScenarioPlayer', () => {
  it('has the story, one page per step, "where does it hold?" and the debrief, and keeps the step within them', () => {
    const played = player(99);
    expect(played.pages).toBe(played.scenario.steps.length + 3);
    expect(played.step).toBe(played.pages);
    expect(played.page).toEqual({ kind: 'debrief' });
    played.back();
    expect(played.page).toEqual({ kind: 'holds' });
    expect(played.cursorWeek).toBeNull();
    played.goTo(-3);
    expect(played.page).toEqual({ kind: 'story' });
    played.next();
    expect(played.page).toEqual({ kind: 'step', index: 0 });
    expect(played.cursorWeek).toBe(played.scenario.steps[0].week - 1);
    expect(played.highlighted).toBe(played.scenario.steps[0].chart);
  });

  it('runs A and B on the scenario’s seed, and shows them only once the prediction is locked in', async () => {
    const runners: FakeRunner[] = [];
    const played = player(1, runners);
    played.start();
    await settle();
    expect(runners.map((runner) => runner.asked[0].seed)).toEqual([played.scenario.seed, played.scenario.seed]);
    expect(played.status).toBe('done');
    expect(played.chartInput).toBeNull();
    played.choice = 0;
    played.reveal();
    expect(played.chartInput?.b).not.toBeNull();
    const results = played.results!;
    expect(played.debrief).toEqual(debriefOf(played.scenario, results.a, results.b));
  });

  it('runs on another seed when the address gives one', async () => {
    const runners: FakeRunner[] = [];
    const played = player(2, runners, 4);
    played.start();
    await settle();
    expect(runners.map((runner) => runner.asked[0].seed)).toEqual([4, 4]);
    expect(played.results?.a.seed).toBe(4);
  });

  it('shows the run at once when a link opens it past the story', () => {
    expect(player(3).revealed).toBe(true);
    expect(player(1).revealed).toBe(false);
  });

  it('says when the address asked for a step past the last', () => {
    const scenario = smallScenario();
    expect(ScenarioPlayer.pastEnd(scenario, scenario.steps.length + 3)).toBe(false);
    expect(ScenarioPlayer.pastEnd(scenario, scenario.steps.length + 4)).toBe(true);
  });
});
