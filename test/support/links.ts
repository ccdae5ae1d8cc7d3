/**
 * Generators of sandbox links for property tests and fuzzing: valid links of every kind of state,
 * and hostile addresses (junk keys and values, broken escapes, markup, prototype names, valid
 * links with characters deleted, doubled or replaced). Used in Node and through the page.
 */
import fc from 'fast-check';
import { LIMITS, paramDef, paramKeys, type ParamKey, type Params } from '../../src/sim/index.ts';
import { SEEDS } from '../../src/worker/seedRunner.ts';
import { CHART_ORDER, writeLink, type SandboxLink } from '../../src/app/url/sandboxLink.ts';

/** A valid value of one parameter, as the schema allows. */
function valueOf(key: ParamKey): fc.Arbitrary<Params[ParamKey]> {
  const def = paramDef(key);
  if (def.kind === 'boolean') return fc.boolean();
  if (def.kind === 'choice') return fc.constantFrom(...def.choices) as fc.Arbitrary<Params[ParamKey]>;
  if (def.kind === 'integer') return fc.integer({ min: def.min, max: def.max });
  return fc.double({ min: def.min, max: def.max, noNaN: true, noDefaultInfinity: true }).map((value) => (Object.is(value, -0) ? 0 : value));
}

const overrides = fc
  .subarray([...paramKeys], { maxLength: 12 })
  .chain((keys) => fc.tuple(...keys.map((key) => valueOf(key).map((value) => [key, value] as const))))
  .map((pairs) => Object.fromEntries(pairs) as Partial<Record<ParamKey, Params[ParamKey]>>);

export const links: fc.Arbitrary<SandboxLink> = fc
  .record({
    a: overrides,
    b: fc.option(overrides, { nil: null }),
    seed: fc.integer({ min: LIMITS.seed.min, max: LIMITS.seed.max }),
    weeks: fc.integer({ min: LIMITS.weeks.min, max: LIMITS.weeks.max }),
    people: fc.integer({ min: LIMITS.people.min, max: LIMITS.people.max }),
    weekShare: fc.option(fc.double({ min: 0, max: 0.999, noNaN: true }), { nil: null }),
    seeds: fc.option(fc.integer({ min: SEEDS.min, max: SEEDS.max }), { nil: null }),
    hidden: fc.subarray([...CHART_ORDER]),
  })
  .map(({ weekShare, ...rest }) => ({ ...rest, week: weekShare === null ? null : Math.floor(weekShare * rest.weeks) }));

/** Text an address could carry: printable, escapes (some broken), separators and markup. */
const junk = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('%', '%E0%A4%A', '%00', '&&', '==', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '__proto__', 'constructor',
    'prototype', '1e309', '-0', 'NaN', 'Infinity', '0x10', ' 0.4 ', '\u0000', '\uD800', '🙂'),
);
const knownKey = fc.constantFrom(...paramKeys, ...paramKeys.map((key) => `b.${key}`), 'seed', 'weeks', 'people', 'week', 'seeds', 'compare', 'v', 'hide');
// Keys are escaped as a browser would (a lone surrogate cannot be, so it is dropped); values go in raw.
const escape = (key: string) => encodeURIComponent(key.replace(/[\uD800-\uDFFF]/g, ''));
const pair = fc.tuple(fc.oneof(knownKey, junk), junk).map(([key, value]) => `${escape(key)}=${value}`);
const generated = fc.array(pair, { maxLength: 25 }).map((pairs) => `?${pairs.join('&')}`);
/** A valid link with characters deleted, repeated or replaced. */
const mutated = fc
  .tuple(links, fc.array(fc.tuple(fc.nat(), fc.constantFrom('delete', 'double', 'replace'), fc.string({ maxLength: 3 })), { maxLength: 6 }))
  .map(([link, edits]) => {
    let text = writeLink(link);
    for (const [at, edit, insert] of edits) {
      const index = text.length === 0 ? 0 : at % text.length;
      if (edit === 'delete') text = text.slice(0, index) + text.slice(index + 1);
      else if (edit === 'double') text = text.slice(0, index) + text.slice(index, index + 5).repeat(2) + text.slice(index + 5);
      else text = text.slice(0, index) + insert + text.slice(index + 1);
    }
    return text;
  });


/** Generated and mutated addresses, as "?…". */
export const hostileSearches: fc.Arbitrary<string> = fc.oneof(generated, mutated.map((text) => `?${text}`));

/**
 * A crafted sandbox link: one valid setting (gross margin 0.4) among a prototype key, markup in a
 * value, an overflowing number, a broken escape, a script as the compare flag and an old model
 * version. `ignoredShown` is what the notice must quote of what it ignored.
 */
export const CRAFTED_LINK = {
  search:
    '?view=sandbox&purchases.grossMargin=0.4&__proto__[x]=1&q=%3Cimg%20src%3Dx%20onerror%3D%22window.hacked%3D1%22%3E' +
    '&purchases.basket=1e999&weeks=%E0%A4%A&compare=%3Cscript%3Ewindow.hacked%3D1%3C%2Fscript%3E&v=0.9.0',
  valid: { 'purchases.grossMargin': 0.4 },
  ignoredShown: ['__proto__[x]=1', '<img src=x onerror="window.hacked=1">', 'purchases.basket=1e999', 'weeks=', 'model version 0.9.0'],
} as const;

/** The seed of the fuzzed addresses every engine opens (a sample of `hostileSearches`). */
export const FUZZ_SEED = 20261124;

