/**
 * The experiment's grid as pure functions: axes read from text and checked against the schema,
 * every combination of their values, the seeds shared by every point, and runs that come twice
 * made once. Property tests draw random axes over the schema's numeric parameters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisText, checkAxis, parseAxis, rangeValues, type Axis } from '../../../src/experiment/axis.ts';
import { axis } from '../../support/experimentAxes.ts';
import { defaultMeasure } from '../../../src/experiment/measure.ts';
import { checkExperiment, gridPoints, MAX_RUNS, planExperiment, runBound, type Experiment } from '../../../src/experiment/plan.ts';
import { defaultParams, paramDefs, paramKeys, type ParamKey } from '../../../src/sim/params/schema.ts';
import type { NumberParamDef } from '../../../src/sim/params/types.ts';

function experiment(axes: Axis[], repetitions = 3, withB = true): Experiment {
  const params = defaultParams();
  const b = withB ? { ...params, 'discount.enabled': true } : null;
  return { base: { seed: 7, weeks: 20, people: 100, a: params, b }, axes, repetitions, measure: defaultMeasure(withB) };
}

const numberKeys = paramKeys.filter((key) => paramDefs[key].kind === 'number') as ParamKey[];

describe('an axis', () => {
  it('reads a range, a list, and the set-up it changes', () => {
    expect(axis('discount.rate=0:0.2:5')).toMatchObject({ key: 'discount.rate', target: 'both', values: [0, 0.05, 0.1, 0.15, 0.2] });
    expect(axis('B.discount.enabled=false,true')).toMatchObject({ target: 'B', values: [false, true] });
    expect(axis('A.acquisition.spendPerWeek=100,300')).toMatchObject({ target: 'A', values: [100, 300] });
  });

  it('spaces a range evenly with both ends, reading 0.1 steps as 0.1 steps', () => {
    expect(rangeValues({ from: 0, to: 1, steps: 11 })).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(rangeValues({ from: 3, to: 1, steps: 3 })).toEqual([3, 2, 1]);
  });

  it('refuses what the schema refuses, naming the axis', () => {
    const refusal = (text: string, hasB = true) => {
      const input = parseAxis(text);
      return input.ok ? (checkAxis(input.value, hasB) as { error?: string }).error : input.error;
    };
    expect(refusal('nothing.here=1:2:3')).toMatch(/not a parameter/);
    expect(refusal('discount.rate=0:5:3')).toMatch(/discount\.rate.*from 0 to/);
    expect(refusal('discount.enabled=0:1:2')).toMatch(/list of values \(false,true\)/);
    expect(refusal('B.discount.rate=0:0.1:3', false)).toMatch(/no set-up B/);
    expect(refusal('discount.rate=0:0.1:1')).toMatch(/2 to 41 steps/);
    expect(refusal('discount.rate=0.1,0.1')).toMatch(/comes twice/);
    expect(refusal('discount.rate')).toMatch(/key=from:to:steps/);
    expect(refusal('discount.rate=a:b:3')).toMatch(/from:to:steps/);
    expect(refusal('discount.rate=0.1:0.1000000000001:5')).toMatch(/fewer than 5 different values/);
    expect(refusal('outreach.prospectTouchesPerYear=0:2:5')).toMatch(/fewer than 5 different whole numbers/);
    expect(axis('outreach.prospectTouchesPerYear=0:8:5').values).toEqual([0, 2, 4, 6, 8]);
  });

  it('writes itself back as text that reads as the same axis', () => {
    fc.assert(
      fc.property(fc.constantFrom(...numberKeys), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 2, max: 41 }), fc.constantFrom('A', 'B', 'both'), (key, u, v, steps, target) => {
        const def = paramDefs[key] as NumberParamDef;
        const from = Number((def.min + (u / 1000) * (def.max - def.min)).toPrecision(6));
        const to = Number((def.min + (v / 1000) * (def.max - def.min)).toPrecision(6));
        fc.pre(Math.abs(from - to) >= (def.max - def.min) / 100);
        const input = parseAxis(`${target === 'both' ? '' : target + '.'}${key}=${from}:${to}:${steps}`);
        expect(input.ok).toBe(true);
        if (!input.ok) return;
        const checked = checkAxis(input.value, true);
        expect(checked.ok).toBe(true);
        if (!checked.ok) return;
        expect(checked.value.values).toHaveLength(steps);
        for (const value of checked.value.values as number[]) {
          expect(value).toBeGreaterThanOrEqual(def.min);
          expect(value).toBeLessThanOrEqual(def.max);
        }
        const again = parseAxis(axisText(checked.value));
        expect(again.ok && checkAxis(again.value, true)).toEqual(checked);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the grid', () => {
  it('is every combination of the axes, the first axis outermost', () => {
    const points = gridPoints([axis('discount.rate=0.05,0.1'), axis('B.bonusBank.earnRate=0.01,0.02,0.03')]);
    expect(points.map((point) => point.values)).toEqual([[0.05, 0.01], [0.05, 0.02], [0.05, 0.03], [0.1, 0.01], [0.1, 0.02], [0.1, 0.03]]);
  });

  it('gives each point every seed, the same seeds at every point, the first the base seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 2, max: 5 }), fc.integer({ min: 1, max: 4 }), (n0, n1, repetitions) => {
        const plan = planExperiment(experiment([axis(`discount.rate=0:0.2:${n0}`), axis(`A.acquisition.spendPerWeek=0:1000:${n1}`)], repetitions));
        expect(plan.points).toHaveLength(n0 * n1);
        expect(plan.seeds).toEqual(Array.from({ length: repetitions }, (_, index) => 7 + index));
        plan.pairs.forEach((cells, point) => {
          expect(cells).toHaveLength(repetitions);
          cells.forEach((cell, repetition) => {
            const a = plan.runs[cell.a];
            const b = plan.runs[cell.b as number];
            expect(a.seed).toBe(plan.seeds[repetition]);
            expect(b.seed).toBe(plan.seeds[repetition]);
            const [rate, spend] = plan.points[point].values;
            expect(a.params['discount.rate']).toBe(rate);
            expect(b.params['discount.rate']).toBe(rate);
            expect(a.params['acquisition.spendPerWeek']).toBe(spend);
            // The axis on A alone leaves B at the base's value; B keeps its lever.
            expect(b.params['acquisition.spendPerWeek']).toBe(defaultParams()['acquisition.spendPerWeek']);
            expect(b.params['discount.enabled']).toBe(true);
            expect(a.params['discount.enabled']).toBe(false);
          });
        });
        const distinct = new Set(plan.runs.map((run) => `${run.seed} ${JSON.stringify(run.params)}`));
        expect(distinct.size).toBe(plan.runs.length);
        expect(plan.runs.length).toBeLessThanOrEqual(runBound(experiment([axis(`discount.rate=0:0.2:${n0}`), axis(`A.acquisition.spendPerWeek=0:1000:${n1}`)], repetitions)));
      }),
      { numRuns: 40 },
    );
  });

  it('runs A once a seed when only B is swept', () => {
    const plan = planExperiment(experiment([axis('B.discount.rate=0:0.2:5')], 4));
    expect(plan.runs).toHaveLength(4 + 5 * 4);
    expect(new Set(plan.pairs.map((cells) => cells[0].a)).size).toBe(1);
  });

  it('starts the runs seed by seed, so the first to finish cover every point', () => {
    const plan = planExperiment(experiment([axis('discount.rate=0:0.2:5')], 3));
    const firstSeedRuns = plan.runs.slice(0, 10);
    expect(firstSeedRuns.every((run) => run.seed === 7)).toBe(true);
  });

  it('refuses an experiment too large, two axes on one parameter, or seeds out of range', () => {
    const big = experiment([axis('discount.rate=0:0.2:41'), axis('acquisition.spendPerWeek=0:1000:41')], 10);
    expect(runBound(big)).toBeGreaterThan(MAX_RUNS);
    expect(checkExperiment(big)).toMatchObject({ ok: false, error: expect.stringMatching(/at most 20000/) });
    expect(checkExperiment(experiment([axis('discount.rate=0:0.2:3'), axis('B.discount.rate=0:0.1:3')]))).toMatchObject({ ok: false });
    expect(checkExperiment(experiment([axis('A.discount.rate=0:0.2:3'), axis('B.discount.rate=0:0.1:3')]))).toMatchObject({ ok: true });
    expect(checkExperiment(experiment([axis('discount.rate=0:0.2:3')], 0))).toMatchObject({ ok: false, error: expect.stringMatching(/seeds per point/) });
  });
});
