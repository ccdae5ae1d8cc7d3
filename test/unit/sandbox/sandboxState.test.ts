/**
 * The sandbox's state without a page: runs follow the parameters on screen, a result lands only
 * for the configuration asked for last, compare mode starts B as a copy of A (reusing A's run),
 * the summary follows the cursor, and "reset all" brings back the defaults.
 */
import { describe, expect, it } from 'vitest';
import { defaultParams, LIMITS, simulate } from '../../../src/sim/index.ts';
import type { SandboxState } from '../../../src/app/state/sandboxState.svelte.ts';
import { linkOf, loadLink } from '../../../src/app/state/sandboxLinkState.ts';
import { readLink, writeLink } from '../../../src/app/url/sandboxLink.ts';
import { settle } from './fakeRunner.ts';
import { sandbox } from './sandboxFixture.ts';

function metric(state: SandboxState, name: string) {
  return state.metrics.find((row) => row.name === name);
}

describe('the sandbox state', () => {
  it('runs the parameters on screen and shows the core’s numbers for them', async () => {
    const { state, runners } = sandbox();
    state.sync();
    expect(state.status).toBe('running');
    await settle();
    expect(state.status).toBe('done');
    const expected = simulate({ seed: 1, weeks: 30, people: 400, params: defaultParams() });
    expect(state.shown?.a.summary).toEqual(expected.summary);
    expect(metric(state, 'cumulativeProfit')?.a).toBe(expected.summary.cumulativeProfit);
    expect(runners).toHaveLength(1);
  });

  it('re-runs on a change, and does nothing when asked again for the same configuration', async () => {
    const { state, runners } = sandbox();
    state.sync();
    await settle();
    state.sync();
    expect(runners[0].asked).toHaveLength(1);
    state.set('a', 'purchases.grossMargin', 0.4);
    expect(runners[0].asked).toHaveLength(2);
    await settle();
    expect(state.shown?.a.params['purchases.grossMargin']).toBe(0.4);
  });

  it('holds a dragged slider’s values while a quick run computes, so that each run lands and the charts follow', async () => {
    const { state, runners } = sandbox(true);
    state.sync();
    runners[0].finish();
    await settle();
    state.set('a', 'purchases.grossMargin', 0.4);
    state.set('a', 'purchases.grossMargin', 0.42);
    state.set('a', 'purchases.grossMargin', 0.45);
    // The run for 0.4 goes on; the later values wait for it, the latest one kept.
    expect(state.a.values['purchases.grossMargin']).toBe(0.4);
    runners[0].finish();
    await settle();
    expect(state.shown?.a.params['purchases.grossMargin']).toBe(0.4);
    expect(state.a.values['purchases.grossMargin']).toBe(0.45);
    expect(state.status).toBe('running');
    runners[0].finish();
    await settle();
    expect(state.shown?.a.params['purchases.grossMargin']).toBe(0.45);
    expect(runners[0].asked.map((config) => config.params['purchases.grossMargin'])).toEqual([0.35, 0.4, 0.45]);
  });

  it('never shows a result for parameters that are no longer on screen', async () => {
    const { state, runners } = sandbox(true);
    state.sync();
    runners[0].finish();
    await settle();
    const first = state.shown?.a;
    state.set('a', 'purchases.grossMargin', 0.4);
    // Typed text takes effect at once: the run for 0.4 is superseded and can no longer land.
    state.enter('a', 'purchases.grossMargin', '0.5');
    expect(state.status).toBe('running');
    runners[0].finish();
    await settle();
    expect(state.shown?.a).not.toBe(first);
    expect(state.shown?.a.params['purchases.grossMargin']).toBe(0.5);
    expect(runners[0].asked.map((config) => config.params['purchases.grossMargin'])).toEqual([0.35, 0.4, 0.5]);
  });

  it('asks before a run that would take long on this device, and runs it or goes back to the default size', async () => {
    const { state, runners } = sandbox(true);
    state.people = 1_000_000;
    state.weeks = 1040;
    state.sync();
    expect(state.status).toBe('asking');
    expect(state.expectedSeconds).toBeGreaterThan(10);
    expect(runners).toHaveLength(0);
    state.approve();
    expect(state.status).toBe('running');
    expect(runners[0].asked.at(-1)?.people).toBe(1_000_000);
    runners[0].cancel();

    const other = sandbox(true);
    other.state.people = 1_000_000;
    other.state.weeks = 1040;
    other.state.sync();
    other.state.declineSize();
    expect(other.state.status).toBe('running');
    expect([other.state.people, other.state.weeks]).toEqual([LIMITS.people.default, LIMITS.weeks.default]);
  });

  it('applies a held value when the run it waited for fails', async () => {
    const { state, runners } = sandbox(true);
    state.sync();
    state.set('a', 'purchases.grossMargin', 0.4);
    runners[0].fail('a simulation worker stopped unexpectedly');
    await settle();
    expect(state.a.values['purchases.grossMargin']).toBe(0.4);
    expect(runners[0].asked.at(-1)?.params['purchases.grossMargin']).toBe(0.4);
    expect(state.status).toBe('running');
  });

  it('cancels a large run at once when a value changes, instead of holding the value', async () => {
    const { state, runners } = sandbox(true);
    state.people = 200_000;
    state.sync();
    state.set('a', 'purchases.grossMargin', 0.4);
    expect(state.a.values['purchases.grossMargin']).toBe(0.4);
    expect(runners[0].asked.map((config) => config.params['purchases.grossMargin'])).toEqual([0.35, 0.4]);
    runners[0].cancel();
  });

  it('keeps the last valid value in effect when typed text is refused, without a new run', async () => {
    const { state, runners } = sandbox();
    state.sync();
    await settle();
    state.enter('a', 'purchases.basket', '5000');
    expect(state.a.refused['purchases.basket']?.message).toContain('from 1 to 1000');
    expect(state.a.values['purchases.basket']).toBe(defaultParams()['purchases.basket']);
    expect(runners[0].asked).toHaveLength(1);
    expect(state.status).toBe('done');
  });

  it('refuses people, weeks or a seed outside the core’s limits and keeps the values in effect', () => {
    const { state } = sandbox();
    expect(state.enterSize('people', '0')).toBe(false);
    expect(state.enterSize('weeks', String(LIMITS.weeks.max + 1))).toBe(false);
    expect(state.enterSize('seed', 'lucky')).toBe(false);
    expect(state.people).toBe(400);
    expect(state.weeks).toBe(30);
    expect(state.seed).toBe(1);
    expect(state.sizeRefused.weeks?.message).toContain('1,040');
    expect(state.enterSize('people', '1,000')).toBe(true);
    expect(state.people).toBe(1000);
  });

  it('draws a new seed within the limits', () => {
    const { state } = sandbox();
    state.newSeed();
    expect(state.seed).not.toBe(1);
    expect(state.seed).toBeGreaterThanOrEqual(LIMITS.seed.min);
    expect(state.seed).toBeLessThanOrEqual(LIMITS.seed.max);
  });

  it('starts B as a copy of A in compare mode, reusing A’s run', async () => {
    const { state, runners } = sandbox();
    state.set('a', 'discount.enabled', true);
    state.sync();
    await settle();
    state.setCompare(true);
    expect(state.b.values).toEqual(state.a.values);
    expect(state.differences).toEqual([]);
    expect(state.status).toBe('done');
    expect(runners).toHaveLength(1);
    expect(state.shown?.b).toBe(state.shown?.a);
    expect(state.chartInput?.names).toEqual({ a: 'A', b: 'B' });
    expect(metric(state, 'cumulativeProfit')?.diff).toBe(0);
  });

  it('runs only B when a parameter of B changes, on the same seed and people', async () => {
    const { state, runners } = sandbox();
    state.sync();
    await settle();
    state.setCompare(true);
    state.set('b', 'bonusBank.enabled', true);
    expect(state.differences).toEqual(['bonusBank.enabled']);
    expect(runners).toHaveLength(2);
    expect(runners[0].asked).toHaveLength(1);
    await settle();
    const { a, b } = state.chartInput!;
    expect(b).not.toBeNull();
    expect([b!.seed, b!.people, b!.weeks]).toEqual([a.seed, a.people, a.weeks]);
    expect(b!.summary).toEqual(simulate({ seed: 1, weeks: 30, people: 400, params: state.b.values }).summary);
    const row = metric(state, 'cumulativeProfit')!;
    expect(row.diff).toBe(row.b! - row.a!);
    expect(metric(state, 'pointsLiability')?.b).toBe(b!.summary.pointsLiability);
  });

  it('shows A and B together only when both are for the same seed', async () => {
    const { state, runners } = sandbox(true);
    state.sync();
    runners[0].finish();
    await settle();
    state.setCompare(true);
    state.enterSize('seed', '7');
    runners[0].finish();
    await settle();
    // A has landed for seed 7, B has not: the pair on screen is still the one for seed 1.
    expect(state.shown?.a.seed).toBe(1);
    runners[1].finish();
    await settle();
    expect([state.shown?.a.seed, state.shown?.b?.seed]).toEqual([7, 7]);
  });

  it('leaves compare mode with A alone on screen', async () => {
    const { state } = sandbox();
    state.sync();
    await settle();
    state.setCompare(true);
    state.set('b', 'club.enabled', true);
    await settle();
    state.setCompare(false);
    expect(state.shown?.b).toBeNull();
    expect(state.differences).toEqual([]);
    expect(state.status).toBe('done');
  });

  it('gives the summary at the cursor week, and the run’s own summary at the end', async () => {
    const { state } = sandbox();
    state.sync();
    await settle();
    const result = state.shown!.a;
    expect(metric(state, 'customers')?.a).toBe(result.summary.customers);
    state.playback.seek(9);
    expect(state.chartInput?.cursorWeek).toBe(9);
    expect(metric(state, 'customers')?.a).toBe(result.series.customers[9]);
    expect(metric(state, 'cumulativeProfit')?.a).toBe(result.series.cumulativeProfit[9]);
    state.playback.seek(29);
    expect(state.chartInput?.cursorWeek).toBeNull();
    expect(metric(state, 'cumulativeProfit')?.a).toBe(result.summary.cumulativeProfit);
  });

  it('resets everything to the defaults with "reset all"', async () => {
    const { state } = sandbox();
    state.set('a', 'club.enabled', true);
    state.enter('a', 'purchases.basket', 'many');
    state.setCompare(true);
    state.set('b', 'discount.enabled', true);
    state.resetAll();
    expect(state.a.values).toEqual(defaultParams());
    expect(state.b.values).toEqual(defaultParams());
    expect(state.a.refused).toEqual({});
    expect([state.seed, state.weeks, state.people]).toEqual([LIMITS.seed.default, LIMITS.weeks.default, LIMITS.people.default]);
  });

  it('can cancel a run and run it again', async () => {
    const { state, runners } = sandbox(true);
    state.sync();
    state.cancel();
    expect(state.status).toBe('cancelled');
    state.retry();
    expect(state.status).toBe('running');
    runners[0].finish();
    await settle();
    expect(state.status).toBe('done');
    expect(runners[0].asked).toHaveLength(2);
  });

  it('reports a failed run with its message and runs again on request', async () => {
    const { state, runners } = sandbox(true);
    state.sync();
    runners[0].fail('a simulation worker stopped unexpectedly');
    await settle();
    expect(state.status).toBe('failed');
    expect(state.error).toBe('a simulation worker stopped unexpectedly');
    state.retry();
    runners[0].finish();
    await settle();
    expect(state.status).toBe('done');
    expect(state.error).toBeNull();
  });

  it('sets a preset’s values in one change that runs them, and its link holds the values, not the preset’s name', async () => {
    const { state, runners } = sandbox();
    state.sync();
    await settle();
    state.applyPreset('a', 'reichheld');
    expect(runners[0].asked).toHaveLength(2);
    await settle();
    expect(state.shown?.a.params['relationship.spendGrowth']).toBe(2);
    const search = writeLink(linkOf(state));
    expect(search).toContain('relationship.spendGrowth=2');
    expect(search).toContain('relationship.pricePremium=0.2');
    expect(search).not.toMatch(/preset|reichheld/i);
    // The link opens the same values in another sandbox.
    const other = sandbox().state;
    loadLink(other, readLink(`?${search}`).link);
    expect(other.a.values).toEqual(state.a.values);
  });
});
