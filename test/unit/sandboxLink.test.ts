/**
 * The hand-off from a scenario to the sandbox: the address holds only what differs from the
 * defaults, reads back as the same A and B, and what it cannot use is named, not dropped.
 */
import { describe, expect, it } from 'vitest';
import { readSandboxPreset, sandboxQuery } from '../../src/app/routing/sandboxLink.ts';
import { paramsWith } from '../../src/sim/params/validate.ts';

function params(overrides: Record<string, unknown>) {
  const checked = paramsWith(overrides);
  if (!checked.ok) throw new Error(checked.error);
  return checked.value;
}

describe('the sandbox hand-off', () => {
  it('writes only what differs from the defaults, and reads back the same A and B', () => {
    const query = sandboxQuery({
      seed: 7, weeks: 260, people: 5000,
      a: params({ 'discount.enabled': true }),
      b: params({ 'bonusBank.enabled': true, 'bonusBank.expiryWeeks': 13, 'service.handling': 'fix' }),
    });
    expect(query).toBe('?view=sandbox&compare=1&seed=7&weeks=260&people=5000&a.discount.enabled=true&b.service.handling=fix&b.bonusBank.enabled=true&b.bonusBank.expiryWeeks=13');
    expect(readSandboxPreset(query)).toEqual({
      preset: {
        seed: 7, weeks: 260, people: 5000,
        a: { 'discount.enabled': true },
        b: { 'bonusBank.enabled': true, 'bonusBank.expiryWeeks': 13, 'service.handling': 'fix' },
      },
      ignored: [],
    });
  });

  it('asks for nothing without compare=1', () => {
    expect(readSandboxPreset('?view=sandbox&a.discount.enabled=true')).toEqual({ preset: null, ignored: [] });
  });

  it('names each value it cannot use and keeps the rest', () => {
    const read = readSandboxPreset('?view=sandbox&compare=1&weeks=9999&a.nope=1&b.discount.rate=0.9&b.club.enabled=true');
    expect(read.preset?.weeks).toBe(156);
    expect(read.preset?.b).toEqual({ 'club.enabled': true });
    expect(read.ignored).toHaveLength(3);
    expect(read.ignored.join(' ')).toMatch(/weeks=9999.*a\.nope=1.*b\.discount\.rate=0\.9/);
  });
});
