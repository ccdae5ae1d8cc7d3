/**
 * The experiment builder's form: the axes it starts with, and what a person sees when a field is
 * wrong (one sentence on that field, no experiment to run) or right (the experiment and its runs).
 */
import { describe, expect, it } from 'vitest';
import { defaultParams, type Params } from '../../../src/sim/params/schema.ts';
import {
  axisDraftFor,
  axisDraftOf,
  checkDraft,
  firstAxisDraft,
  measureDraftOf,
  secondAxisDraft,
  type ExperimentDraft,
} from '../../../src/app/state/experimentDraft.ts';
import { axisFromText } from '../../../src/experiment/axis.ts';
import { defaultMeasure } from '../../../src/experiment/measure.ts';
import type { ExperimentBase } from '../../../src/experiment/plan.ts';

const a = defaultParams();
const b: Params = { ...a, 'acquisition.spendPerWeek': a['acquisition.spendPerWeek'] * 2 };
const base = (withB: boolean): ExperimentBase => ({ seed: 1, weeks: 52, people: 1000, a, b: withB ? b : null });

function draft(withB: boolean, changes: Partial<ExperimentDraft> = {}): ExperimentDraft {
  return { axes: [firstAxisDraft(a, withB ? b : null)], repetitions: '5', measure: measureDraftOf(defaultMeasure(withB)), ...changes };
}

describe('the builder’s first axes', () => {
  it('sweeps the lever B changes, in B, from half to twice B’s value', () => {
    const axis = firstAxisDraft(a, b);
    expect(axis).toMatchObject({ key: 'acquisition.spendPerWeek', target: 'B', mode: 'range', steps: '5' });
    const value = b['acquisition.spendPerWeek'];
    expect(Number(axis.from)).toBeCloseTo(value / 2, 0);
    expect(Number(axis.to)).toBeCloseTo(value * 2, 0);
  });

  it('without a B, sweeps the marketing spend of the one set-up', () => {
    expect(firstAxisDraft(a, null)).toMatchObject({ key: 'acquisition.spendPerWeek', target: 'both' });
  });

  it('offers a second axis on another parameter, so the two never overlap', () => {
    const first = firstAxisDraft(a, null);
    const second = secondAxisDraft(first, a);
    expect(second.key).not.toBe(first.key);
    expect(checkDraft(draft(false, { axes: [first, second] }), base(false)).experiment?.axes).toHaveLength(2);
  });

  it('gives a switch as off, on and a choice as every choice', () => {
    expect(axisDraftFor('guarantee.enabled', 'both', a)).toMatchObject({ mode: 'list', list: 'off, on' });
    const choice = axisDraftFor('competitor.walletMode', 'both', a);
    expect(choice.mode).toBe('list');
    expect(choice.list.split(', ').length).toBeGreaterThan(1);
  });

  it('shows an axis read from a link as it was written', () => {
    const axis = axisFromText('B.purchases.grossMargin=0.2:0.6:3', true);
    if (!axis.ok) throw new Error(axis.error);
    expect(axisDraftOf(axis.value)).toMatchObject({ target: 'B', mode: 'range', from: '0.2', to: '0.6', steps: '3' });
  });
});

describe('checking the form', () => {
  it('gives the experiment and its runs when every field is right', () => {
    const check = checkDraft(draft(true), base(true));
    expect(check.experiment?.axes[0].values).toHaveLength(5);
    // A is not swept, so it runs once per seed; B once per point and seed.
    expect(check.runs).toBe((1 + 5) * 5);
    expect(check.errors).toEqual({ axes: [null], repetitions: null, measure: null, experiment: null });
  });

  it('names the field that is wrong and runs nothing', () => {
    const axis = { ...firstAxisDraft(a, b), from: 'ten' };
    const check = checkDraft(draft(true, { axes: [axis] }), base(true));
    expect(check.experiment).toBeNull();
    expect(check.errors.axes[0]).toMatch(/“from” must be a number/);
    expect(check.runs).toBeNull();
  });

  it('refuses a value outside the parameter’s range, in the schema’s words', () => {
    const axis = { ...firstAxisDraft(a, b), from: '-5' };
    expect(checkDraft(draft(true, { axes: [axis] }), base(true)).errors.axes[0]).toMatch(/B\.acquisition\.spendPerWeek/);
  });

  it('refuses a sweep of B when there is no B', () => {
    const axis = { ...firstAxisDraft(a, null), target: 'B' as const };
    expect(checkDraft(draft(false, { axes: [axis] }), base(false)).errors.axes[0]).toMatch(/no set-up B/);
  });

  it('refuses seeds per point out of range, a week past the end, and too many runs', () => {
    expect(checkDraft(draft(true, { repetitions: '0' }), base(true)).errors.repetitions).toMatch(/from 1 to 200/);
    expect(checkDraft(draft(true, { repetitions: 'five' }), base(true)).errors.repetitions).toMatch(/whole number/);
    const late = { ...measureDraftOf(defaultMeasure(true)), at: 'week' as const, week: '52' };
    expect(checkDraft(draft(true, { measure: late }), base(true)).errors.measure).toMatch(/from 0 to 51/);
    const wide = { ...firstAxisDraft(a, b), target: 'both' as const, steps: '41' };
    const second = { ...secondAxisDraft(wide, a), steps: '41' };
    const huge = checkDraft(draft(true, { axes: [wide, second], repetitions: '10' }), base(true));
    expect(huge.experiment).toBeNull();
    expect(huge.errors.experiment).toMatch(/at most 20000/);
    expect(huge.runs).toBe(41 * 41 * 2 * 10);
  });

  it('refuses two axes on the same parameter of the same set-up', () => {
    const first = firstAxisDraft(a, b);
    const check = checkDraft(draft(true, { axes: [first, { ...first, target: 'both' }] }), base(true));
    expect(check.errors.experiment).toMatch(/set the same parameter/);
  });

  it('reads a list of switch values as typed', () => {
    const axis = { ...axisDraftFor('guarantee.enabled', 'both', a), list: 'off,  on ' };
    expect(checkDraft(draft(false, { axes: [axis] }), base(false)).experiment?.axes[0].values).toEqual([false, true]);
  });
});
