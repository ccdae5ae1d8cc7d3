/**
 * The spread across seeds in the sandbox's state: K seeds of the set-up on screen run, summed up
 * as bands that agree with the core's runs, paired A/B seeds in compare mode, and a spread never
 * shown beside runs of other parameters.
 */
import { quantileSorted } from 'd3-array';
import { describe, expect, it } from 'vitest';
import { defaultParams, paramsWith, simulate } from '../../../src/sim/index.ts';
import { settle } from './fakeRunner.ts';
import { sandbox } from './sandboxFixture.ts';

async function ready(manual = false) {
  const fixture = sandbox(manual);
  fixture.state.sync();
  if (manual) fixture.runners[0].finish();
  await settle();
  return fixture;
}

describe('the spread across seeds', () => {
  it('runs K seeds from the seed on screen and draws the core’s median and 10–90% band', async () => {
    const { state, spreadRunner } = await ready();
    state.spread.enterCount('5');
    state.runSpread();
    await settle();
    expect(state.spread.status).toBe('done');
    expect(spreadRunner.asked[0].map((config) => config.seed)).toEqual([1, 2, 3, 4, 5]);
    const spread = state.chartInput?.spread;
    expect(spread?.seeds).toEqual([1, 2, 3, 4, 5]);
    const finals = [1, 2, 3, 4, 5]
      .map((seed) => simulate({ seed, weeks: 30, people: 400, params: defaultParams() }).summary.cumulativeProfit)
      .sort((x, y) => x - y);
    expect(spread?.a.cumulativeProfit.median[29]).toBeCloseTo(quantileSorted(finals, 0.5) ?? Number.NaN, 6);
    expect(spread?.a.cumulativeProfit.low[29]).toBeCloseTo(quantileSorted(finals, 0.1) ?? Number.NaN, 6);
    expect(spread?.b).toBeNull();
    expect(spread?.shareBAhead).toBeNull();
  });

  it('runs A and B on the same seeds in compare mode and counts the seeds where B ends ahead', async () => {
    const { state, spreadRunner } = await ready();
    state.setCompare(true);
    state.set('b', 'purchases.grossMargin', 0.45);
    await settle();
    state.spread.enterCount('4');
    state.runSpread();
    await settle();
    const asked = spreadRunner.asked[0];
    expect(asked.map((config) => config.seed)).toEqual([1, 2, 3, 4, 1, 2, 3, 4]);
    expect(asked[4].params['purchases.grossMargin']).toBe(0.45);
    const spread = state.chartInput?.spread;
    // A higher margin on the same people and luck earns more in every seed.
    expect(spread?.seedsBAhead).toBe(4);
    expect(spread?.shareBAhead).toBe(1);
    const b = paramsWith({ 'purchases.grossMargin': 0.45 });
    if (!b.ok) throw new Error(b.error);
    const finalsB = [1, 2, 3, 4]
      .map((seed) => simulate({ seed, weeks: 30, people: 400, params: b.value }).summary.cumulativeProfit)
      .sort((x, y) => x - y);
    expect(spread?.b?.cumulativeProfit.high[29]).toBeCloseTo(quantileSorted(finalsB, 0.9) ?? Number.NaN, 6);
  });

  it('forgets the spread when a parameter changes, and cancels one still running', async () => {
    const { state, spreadRunner } = await ready();
    state.runSpread();
    await settle();
    expect(state.chartInput?.spread).not.toBeNull();
    state.set('a', 'purchases.grossMargin', 0.4);
    expect(state.spread.result).toBeNull();
    await settle();
    expect(state.chartInput?.spread).toBeNull();

    const manual = await ready(true);
    manual.state.runSpread();
    expect(manual.state.spread.status).toBe('running');
    manual.state.set('a', 'purchases.grossMargin', 0.4);
    expect(manual.spreadRunner.going).toBe(false);
    expect(manual.state.spread.status).toBe('idle');
    expect(spreadRunner.asked).toHaveLength(1);
  });

  it('can be cancelled, and run again', async () => {
    const { state, spreadRunner } = await ready(true);
    state.runSpread();
    state.spread.cancel();
    await settle();
    expect(state.spread.status).toBe('cancelled');
    expect(state.chartInput?.spread).toBeNull();
    state.spread.retry();
    spreadRunner.finish();
    await settle();
    expect(state.spread.status).toBe('done');
    expect(state.chartInput?.spread?.seeds).toHaveLength(20);
  });

  it('takes a seed count from 2 to 200 and keeps the last one for anything else', () => {
    const { state } = sandbox();
    expect(state.spread.count).toBe(20);
    expect(state.spread.enterCount('200')).toBe(true);
    for (const text of ['1', '201', '-3', '2.5', 'twenty', '']) {
      expect(state.spread.enterCount(text)).toBe(false);
      expect(state.spread.count).toBe(200);
      expect(state.spread.countRefused?.text).toBe(text);
      expect(state.spread.countRefused?.message).toContain('Still using 200');
    }
    expect(state.spread.enterCount(' 50 ')).toBe(true);
    expect(state.spread.countRefused).toBeNull();
  });
});
