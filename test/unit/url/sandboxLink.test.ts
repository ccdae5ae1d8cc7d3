/**
 * The sandbox's state in the address: every kind of state survives a round trip exactly; what is
 * written is short (only what differs from the defaults) and readable; hostile or broken parts
 * are ignored, each named with its reason, and the rest is kept.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultParams, LIMITS, MODEL_VERSION, paramDef, paramKeys, type ParamKey, type Params } from '../../../src/sim/index.ts';
import { emptyLink, paramsOfLink, readLink, sandboxSearch, searchWithLink, writeLink, type SandboxLink } from '../../../src/app/url/sandboxLink.ts';
import { hostileSearches, links } from '../../support/links.ts';

/** The link as the reader would have it: values equal to their base are no change. */
function normalised(link: SandboxLink): SandboxLink {
  const defaults = defaultParams();
  const a = Object.fromEntries(Object.entries(link.a).filter(([key, value]) => value !== defaults[key as ParamKey]));
  const b = link.b
    ? Object.fromEntries(Object.entries(link.b).filter(([key, value]) => value !== ((a as Params)[key as ParamKey] ?? defaults[key as ParamKey])))
    : null;
  return { ...link, a, b };
}

describe('a sandbox link', () => {
  it('gives back every kind of state exactly: parameters of A and B, compare, seed, size, week and seeds', () => {
    fc.assert(
      fc.property(links, (link) => {
        const read = readLink(writeLink(link));
        expect(read.ignored).toEqual([]);
        expect(read.olderVersion).toBeNull();
        expect(read.link).toEqual(normalised(link));
      }),
      { numRuns: 500 },
    );
  });

  it('writes only what differs from the defaults, with the schema’s names and the model version', () => {
    expect(writeLink(emptyLink())).toBe(`v=${MODEL_VERSION}`);
    const link = { ...emptyLink(), a: { 'purchases.grossMargin': 0.4 }, b: { 'bonusBank.enabled': true }, seed: 7, week: 52 };
    expect(writeLink(link)).toBe(`v=${MODEL_VERSION}&purchases.grossMargin=0.4&compare=on&b.bonusBank.enabled=on&seed=7&week=53`);
    expect(searchWithLink('?workers=2&view=sandbox&seed=3', link)).toBe(
      `?view=sandbox&workers=2&v=${MODEL_VERSION}&purchases.grossMargin=0.4&compare=on&b.bonusBank.enabled=on&seed=7&week=53`,
    );
  });

  it('keeps the valid part of a damaged link and names every ignored part with its reason', () => {
    const read = readLink(
      '?purchases.grossMargin=0.4&__proto__=1&constructor=x&foo=%3Cscript%3Ealert(1)%3C%2Fscript%3E&weeks=abc' +
        '&purchases.basket=1e999&purchases.ratePerWeek=NaN&seed=-1&b.bonusBank.enabled=on&compare=maybe&v=banana&week=9999&seed=4',
    );
    expect(read.link.a).toEqual({ 'purchases.grossMargin': 0.4 });
    expect(read.link.b).toBeNull();
    expect(read.link.weeks).toBe(LIMITS.weeks.default);
    expect(read.link.seed).toBe(LIMITS.seed.default);
    const said = read.ignored.join('\n');
    for (const part of ['__proto__=1', 'constructor=x', 'foo=<script>alert(1)</script>', 'weeks=abc', 'purchases.basket=1e999',
      'purchases.ratePerWeek=NaN', 'seed=-1', 'b.bonusBank.enabled=on', 'compare=maybe', 'v=banana', 'week=9999', 'seed=4']) {
      expect(said).toContain(part);
    }
    expect(said).toContain('not a setting of this app');
    expect(said).toContain('compare mode is not on');
    expect(said).toContain('given more than once');
    expect(read.ignored).toHaveLength(12);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('hides the charts it names, in the catalogue’s order, and names a chart it does not know', () => {
    const read = readLink('?hide=cohorts,nope,ledger');
    expect(read.link.hidden).toEqual(['ledger', 'cohorts']);
    expect(read.ignored).toEqual(['“hide=nope” (no chart has that name)']);
  });

  it('opens a link of an older model version and says its numbers may differ', () => {
    const read = readLink('?v=0.9.0&seed=5');
    expect(read.olderVersion).toBe('0.9.0');
    expect(read.link.seed).toBe(5);
    expect(readLink(`?v=${MODEL_VERSION}`).olderVersion).toBeNull();
  });

  it('reads a link cut in half, with broken escapes, or far too long, without failing', () => {
    const full = writeLink({ ...emptyLink(), a: { 'purchases.grossMargin': 0.4, 'bonusBank.enabled': true }, seed: 12 });
    // Cut in the middle of its last parameter: the parts before the cut still hold.
    const cut = readLink(full.slice(0, full.indexOf('bonusBank.enabled=') + 'bonusBank.ena'.length));
    expect(cut.link.a['purchases.grossMargin']).toBe(0.4);
    expect(cut.ignored).toHaveLength(1);
    expect(readLink('?seed=%E0%A4%A&purchases.grossMargin=%').ignored).toHaveLength(2);
    const huge = readLink(`?seed=3&junk=${'x'.repeat(100_000)}`);
    expect(huge.link.seed).toBe(3);
    expect(huge.ignored[0]).toContain('8,000');
    // Untrusted text is clipped in what the page says.
    expect(Math.max(...huge.ignored.map((note) => note.length))).toBeLessThan(300);
  });

  it('leaves the parts other readers own (view, workers, scenario, language) to them', () => {
    expect(readLink('?view=sandbox&workers=2&scenario=x&step=3&present=1&lang=hu').ignored).toEqual([]);
  });
});

describe('the link decoder under fuzzing', () => {
  it('never fails, keeps only valid values, and names what it ignored, on thousands of generated and mutated addresses', () => {
    fc.assert(
      fc.property(hostileSearches, (search) => {
        const read = readLink(search);
        const { link } = read;
        for (const [key, value] of [...Object.entries(link.a), ...Object.entries(link.b ?? {})]) {
          expect(paramKeys).toContain(key);
          const def = paramDef(key as ParamKey);
          if (def.kind === 'number' || def.kind === 'integer') {
            expect(Number.isFinite(value)).toBe(true);
            expect(value as number).toBeGreaterThanOrEqual(def.min);
            expect(value as number).toBeLessThanOrEqual(def.max);
          }
        }
        expect(Number.isSafeInteger(link.seed) && link.seed >= LIMITS.seed.min && link.seed <= LIMITS.seed.max).toBe(true);
        expect(link.weeks >= LIMITS.weeks.min && link.weeks <= LIMITS.weeks.max).toBe(true);
        expect(link.week === null || (link.week >= 0 && link.week < link.weeks)).toBe(true);
        // What was kept writes and reads back as it is.
        expect(readLink(writeLink(link)).link).toEqual(link);
        for (const note of read.ignored) expect(note.length).toBeLessThan(400);
      }),
      { numRuns: 5000 },
    );
    // 5,000 addresses against the whole schema: several seconds on a busy two-core machine.
  }, 60_000);
});
