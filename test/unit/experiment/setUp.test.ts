/**
 * Where the set-up itself lies on an experiment's map: placed between the values beside it as a
 * number lies between them (either way a range runs), on a value of its own for a switch or a
 * choice, outside the map when it is, and no one point when A and B differ in a parameter the
 * axis sets in both; and the sentence under the chart that says which. customer-club's map, as
 * its file gives it, does not hold the scenario's own premium share.
 */
import { describe, expect, it } from 'vitest';
import { positionAmong, setUpOnAxes } from '../../../src/experiment/setUpOnAxes.ts';
import { setUpSentence } from '../../../src/app/state/experimentVerdict.ts';
import { readScenario, scenarioFiles } from '../../../src/scenarios/node/readScenarios.ts';
import { variantParams } from '../../../src/scenarios/run.ts';
import { paramsWith } from '../../../src/sim/params/validate.ts';
import { axis } from '../../support/experimentAxes.ts';

function params(overrides: Record<string, number | boolean | string>) {
  const checked = paramsWith(overrides);
  if (!checked.ok) throw new Error(checked.error);
  return checked.value;
}

describe('the set-up on the map', () => {
  it('places a number between the values beside it, in either direction, and a value of its own exactly', () => {
    expect(positionAmong([0, 50, 100, 150, 200], 30)).toBeCloseTo(0.6, 12);
    expect(positionAmong([0, 50, 100, 150, 200], 150)).toBe(3);
    expect(positionAmong([0.35, 0.25, 0.15, 0.05], 0.3)).toBeCloseTo(0.5, 12);
    expect(positionAmong([0, 50, 100], 250)).toBeNull();
    expect(positionAmong([0, 50, 100], -1)).toBeNull();
    expect(positionAmong([false, true], true)).toBe(1);
    expect(positionAmong(['premium', 'all'], 'both')).toBeNull();
  });

  it('reads the value from A, from B or from both as the axis changes them', () => {
    const base = { a: params({ 'club.costPerMemberYear': 30 }), b: params({ 'club.costPerMemberYear': 80 }) };
    const [onA, onB, onBoth] = setUpOnAxes(base, [axis('A.club.costPerMemberYear=0:200:5'), axis('B.club.costPerMemberYear=0:200:5'), axis('club.costPerMemberYear=0:200:5')]);
    expect(onA).toEqual({ kind: 'on', value: 30, position: 0.6 });
    expect(onB).toEqual({ kind: 'on', value: 80, position: 1.6 });
    expect(onBoth).toEqual({ kind: 'differs', a: 30, b: 80 });
    expect(setUpOnAxes({ a: base.a, b: null }, [axis('club.costPerMemberYear=0:200:5', false)])).toEqual([{ kind: 'on', value: 30, position: 0.6 }]);
  });

  it('says where the set-up lies in a sentence: ringed, outside, or no one point', () => {
    const axes = [axis('B.club.costPerMemberYear=0:200:5'), axis('market.premiumShare=0.05:0.35:4')];
    const inside = { a: params({ 'market.premiumShare': 0.15 }), b: params({ 'market.premiumShare': 0.15, 'club.costPerMemberYear': 30 }) };
    expect(setUpSentence(axes, setUpOnAxes(inside, axes))).toBe('The ring marks the set-up itself: B.club.costPerMemberYear = 30, market.premiumShare = 0.15.');
    const outside = { a: params({ 'market.premiumShare': 0.7 }), b: params({ 'market.premiumShare': 0.7 }) };
    expect(setUpSentence(axes, setUpOnAxes(outside, axes))).toMatch(/market\.premiumShare = 0\.7\) lies outside this map\.$/);
    const line = [axis('B.club.costPerMemberYear=0:200:5')];
    expect(setUpSentence(line, setUpOnAxes(inside, line))).toBe('The dotted line marks the set-up itself: B.club.costPerMemberYear = 30.');
    const apart = { a: params({ 'market.premiumShare': 0.1 }), b: params({ 'market.premiumShare': 0.2 }) };
    expect(setUpSentence(axes, setUpOnAxes(apart, axes))).toBe('A and B differ in market.premiumShare (0.1 and 0.2), so the set-up itself is no one point of this map.');
  });

  it('finds every scenario’s own set-up on its "Where does it hold?" map', () => {
    for (const path of scenarioFiles()) {
      const read = readScenario(path);
      if (!read.ok) throw new Error(read.error);
      const scenario = read.value;
      if (!scenario.holds) continue;
      const places = setUpOnAxes({ a: variantParams(scenario, 'A'), b: variantParams(scenario, 'B') }, scenario.holds.axes);
      expect({ id: scenario.id, kinds: places.map((place) => place.kind) }).toEqual({ id: scenario.id, kinds: places.map(() => 'on') });
    }
  });
});
