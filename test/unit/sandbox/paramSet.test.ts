/**
 * A parameter set in the sandbox: it starts at the schema's defaults, takes values the schema
 * allows, refuses the rest with a message while the last valid value stays in effect, and resets
 * one parameter, a group or everything.
 */
import { describe, expect, it } from 'vitest';
import { defaultParams, paramDef } from '../../../src/sim/index.ts';
import { ParamSet } from '../../../src/app/state/paramSet.svelte.ts';

describe('a parameter set', () => {
  it('starts at the schema defaults with nothing changed', () => {
    const set = new ParamSet();
    expect(set.values).toEqual(defaultParams());
    expect(set.changed).toEqual([]);
  });

  it('takes a value within the range and marks it as changed', () => {
    const set = new ParamSet();
    expect(set.set('purchases.grossMargin', 0.4)).toBe(true);
    expect(set.values['purchases.grossMargin']).toBe(0.4);
    expect(set.isDefault('purchases.grossMargin')).toBe(false);
    expect(set.changed).toEqual(['purchases.grossMargin']);
  });

  it('replaces its values as a whole, so a run keeps the set it was given', () => {
    const set = new ParamSet();
    const before = set.values;
    set.set('discount.enabled', true);
    expect(set.values).not.toBe(before);
    expect(before['discount.enabled']).toBe(false);
  });

  it('takes typed text the schema accepts', () => {
    const set = new ParamSet();
    expect(set.enter('discount.rate', ' 0.1 ')).toBe(true);
    expect(set.values['discount.rate']).toBe(0.1);
    expect(set.refused['discount.rate']).toBeUndefined();
  });

  it('refuses a number out of range, keeps the last valid value, and says what is allowed', () => {
    const set = new ParamSet();
    set.set('discount.rate', 0.1);
    expect(set.enter('discount.rate', '0.9')).toBe(false);
    expect(set.values['discount.rate']).toBe(0.1);
    const refusal = set.refused['discount.rate'];
    expect(refusal?.text).toBe('0.9');
    expect(refusal?.message).toContain('from 0 to 0.5');
    expect(refusal?.message).toContain('0.1');
  });

  it('refuses text that is not a number, and a fraction for a whole-number parameter', () => {
    const set = new ParamSet();
    expect(set.enter('purchases.basket', 'forty')).toBe(false);
    expect(set.enter('bonusBank.expiryWeeks', '12.5')).toBe(false);
    expect(set.values['purchases.basket']).toBe(paramDef('purchases.basket').default);
    expect(set.values['bonusBank.expiryWeeks']).toBe(paramDef('bonusBank.expiryWeeks').default);
    expect(Object.keys(set.refused).sort()).toEqual(['bonusBank.expiryWeeks', 'purchases.basket']);
  });

  it('forgets a refusal once a valid value arrives, from the field or the slider', () => {
    const set = new ParamSet();
    set.enter('purchases.basket', 'x');
    set.enter('purchases.basket', '50');
    expect(set.refused['purchases.basket']).toBeUndefined();
    set.enter('purchases.basket', '-1');
    set.set('purchases.basket', 60);
    expect(set.refused['purchases.basket']).toBeUndefined();
    expect(set.values['purchases.basket']).toBe(60);
  });

  it('refuses a typed value of the wrong kind from a control', () => {
    const set = new ParamSet();
    expect(set.set('service.handling', 'shout')).toBe(false);
    expect(set.set('club.enabled', 'yes')).toBe(false);
    expect(set.values['service.handling']).toBe('refund');
  });

  it('resets one parameter, one group, and everything to the defaults', () => {
    const set = new ParamSet();
    set.set('discount.enabled', true);
    set.set('discount.rate', 0.2);
    set.set('club.enabled', true);
    set.enter('purchases.basket', 'oops');

    set.reset('discount.rate');
    expect(set.values['discount.rate']).toBe(0.05);
    expect(set.values['discount.enabled']).toBe(true);

    set.resetGroup('discount');
    expect(set.values['discount.enabled']).toBe(false);
    expect(set.values['club.enabled']).toBe(true);

    set.resetAll();
    expect(set.values).toEqual(defaultParams());
    expect(set.refused).toEqual({});
  });

  it('copies another set, and lists where the two differ', () => {
    const a = new ParamSet();
    const b = new ParamSet();
    a.set('bonusBank.enabled', true);
    b.copyFrom(a);
    expect(b.values).toEqual(a.values);
    expect(b.differencesFrom(a)).toEqual([]);
    b.set('bonusBank.enabled', false);
    b.set('discount.enabled', true);
    expect(b.differencesFrom(a)).toEqual(['discount.enabled', 'bonusBank.enabled']);
    expect(a.values['bonusBank.enabled']).toBe(true);
  });
});
