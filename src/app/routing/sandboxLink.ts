/**
 * The hand-off from a scenario to the sandbox: an address that opens the sandbox in compare mode
 * with A's and B's parameters, the seed, the length and the market size loaded. Only values that
 * differ from the defaults are written: `?view=sandbox&compare=1&seed=1&weeks=156&people=10000
 * &a.discount.enabled=true&b.bonusBank.enabled=true`. Reading it back checks every value against
 * the parameter schema; what cannot be used is returned as sentences for a note. (The full URL
 * state of the sandbox is a later issue's; this module is the one place to extend.)
 */
import { LIMITS, paramKeys, parseValue, type ParamKey, type Params } from '../../sim/index.ts';
import { paramDefs } from '../../sim/params/schema.ts';
import type { ParamValue } from '../../sim/params/types.ts';
import { t } from '../i18n/t.ts';

export interface SandboxPreset {
  seed: number;
  weeks: number;
  people: number;
  a: Partial<Record<string, ParamValue>>;
  b: Partial<Record<string, ParamValue>>;
}

const SIZES = ['seed', 'weeks', 'people'] as const;

/** The query string that opens the sandbox with A and B of these runs. */
export function sandboxQuery(run: { seed: number; weeks: number; people: number; a: Params; b: Params }): string {
  const query = new URLSearchParams({ view: 'sandbox', compare: '1' });
  for (const size of SIZES) query.set(size, String(run[size]));
  for (const side of ['a', 'b'] as const) {
    for (const key of paramKeys) {
      if (run[side][key] !== paramDefs[key].default) query.set(`${side}.${key}`, String(run[side][key]));
    }
  }
  return `?${query}`;
}

/** The preset an address asks for (null when it asks for none), and what was ignored, in words. */
export function readSandboxPreset(search: string): { preset: SandboxPreset | null; ignored: string[] } {
  const query = new URLSearchParams(search);
  if (query.get('compare') !== '1') return { preset: null, ignored: [] };
  const ignored: string[] = [];
  const preset: SandboxPreset = { seed: LIMITS.seed.default, weeks: LIMITS.weeks.default, people: LIMITS.people.default, a: {}, b: {} };
  for (const size of SIZES) {
    const asked = query.get(size);
    if (asked === null) continue;
    const value = /^\d{1,10}$/.test(asked.trim()) ? Number(asked) : Number.NaN;
    const limits = LIMITS[size];
    if (value >= limits.min && value <= limits.max) preset[size] = value;
    else ignored.push(t('url.size', { key: size, value: asked, min: limits.min, max: limits.max }));
  }
  for (const [name, text] of query) {
    const side = name.startsWith('a.') ? 'a' : name.startsWith('b.') ? 'b' : null;
    if (!side) continue;
    const checked = parseValue(name.slice(2), text);
    if (checked.ok) preset[side][name.slice(2)] = checked.value;
    else ignored.push(t('url.param', { name, value: text, reason: checked.error }));
  }
  return { preset, ignored };
}

/** What a preset is loaded into: the sandbox's state (a structural type, so this module stays apart from it). */
export interface PresetTarget {
  seed: number;
  weeks: number;
  people: number;
  a: { set(key: ParamKey, value: unknown): boolean };
  b: { set(key: ParamKey, value: unknown): boolean };
  setCompare(on: boolean): void;
}

/** Load a preset: sizes and A first, then compare mode (B starts as A's copy), then B's values. */
export function applyPreset(target: PresetTarget, preset: SandboxPreset): void {
  target.seed = preset.seed;
  target.weeks = preset.weeks;
  target.people = preset.people;
  for (const [key, value] of Object.entries(preset.a)) target.a.set(key as ParamKey, value);
  target.setCompare(true);
  for (const [key, value] of Object.entries(preset.b)) target.b.set(key as ParamKey, value);
}
