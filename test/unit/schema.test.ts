/**
 * The parameter schema is the single source of every parameter: each has a unit, help, source and
 * a default inside its range; values from outside are checked against it.
 */
import { describe, expect, it } from 'vitest';
import { defaultParams, groups, paramDefs, paramKeys } from '../../src/sim/params/schema.ts';
import { checkValue, parseValue, paramsWith } from '../../src/sim/params/validate.ts';
import type { ParamDef } from '../../src/sim/params/types.ts';

describe('the parameter schema', () => {
  it('gives every parameter a label, unit, help, source and a default inside its range', () => {
    for (const key of paramKeys) {
      const def = paramDefs[key] as ParamDef;
      expect(def.label.length, key).toBeGreaterThan(0);
      expect(def.unit.length, key).toBeGreaterThan(0);
      expect(def.help.length, key).toBeGreaterThan(10);
      expect(def.source.length, key).toBeGreaterThan(5);
      expect(checkValue(key, def.default).ok, key).toBe(true);
      expect(groups.some((group) => group.id === def.group), key).toBe(true);
    }
  });

  it('names the groups of every parameter', () => {
    const used = new Set(paramKeys.map((key) => paramDefs[key].group));
    for (const group of groups) expect(used.has(group.id), group.id).toBe(true);
  });

  it('refuses values out of range, of the wrong type, or not finite', () => {
    expect(checkValue('discount.rate', 0.6).ok).toBe(false);
    expect(checkValue('discount.rate', Number.POSITIVE_INFINITY).ok).toBe(false);
    expect(checkValue('discount.rate', '0.1').ok).toBe(false);
    expect(checkValue('bonusBank.expiryWeeks', 12.5).ok).toBe(false);
    expect(checkValue('service.handling', 'shout').ok).toBe(false);
    expect(checkValue('__proto__', 1).ok).toBe(false);
    expect(checkValue('constructor', 1).ok).toBe(false);
  });

  it('parses text from the command line or a link', () => {
    expect(parseValue('discount.rate', ' 0.25 ')).toEqual({ ok: true, value: 0.25 });
    expect(parseValue('discount.rate', '1e-1')).toEqual({ ok: true, value: 0.1 });
    expect(parseValue('discount.rate', '0x10').ok).toBe(false);
    expect(parseValue('discount.rate', '').ok).toBe(false);
    expect(parseValue('club.enabled', 'off')).toEqual({ ok: true, value: false });
  });

  it('builds parameter sets from the defaults and refuses a bad override', () => {
    const built = paramsWith({ 'discount.enabled': true });
    expect(built.ok && built.value['discount.enabled']).toBe(true);
    expect(built.ok && built.value['discount.rate']).toBe(defaultParams()['discount.rate']);
    expect(paramsWith({ 'discount.rate': -1 }).ok).toBe(false);
  });
});
