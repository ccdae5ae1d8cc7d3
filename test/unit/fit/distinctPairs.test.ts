/**
 * A base's distinct values and pairs, which the likelihoods compute their terms once for: every
 * customer's own x and time are found again through their index, and no pair is listed twice.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinctPairs, distinctValues } from '../../../src/analysis/fit/recencyFrequency.ts';

const base = fc.array(fc.tuple(fc.nat({ max: 40 }), fc.constantFrom(0, 1 / 7, 2 / 7, 3.5, 38.86, 52)), { maxLength: 300 });

describe('distinct pairs of a base', () => {
  it('give every customer back their own (x, t), each pair listed once', () => {
    fc.assert(
      fc.property(base, (customers) => {
        const x = customers.map(([frequency]) => frequency);
        const t = customers.map(([, time]) => time);
        const pairs = distinctPairs(x, t);
        customers.forEach(([frequency, time], customer) => {
          expect(pairs.x[pairs.indexOf[customer]!]).toBe(frequency);
          expect(pairs.t[pairs.indexOf[customer]!]).toBe(time);
        });
        const listed = pairs.x.map((frequency, pair) => `${frequency}|${pairs.t[pair]}`);
        expect(new Set(listed).size).toBe(listed.length);
        expect(pairs.x.length).toBe(new Set(customers.map(([frequency, time]) => `${frequency}|${time}`)).size);
      }),
    );
  });

  it('count a value once however often it comes', () => {
    expect(distinctValues([3, 1, 3, 3, 0]).values).toEqual([3, 1, 0]);
    expect(Array.from(distinctValues([3, 1, 3, 3, 0]).indexOf)).toEqual([0, 1, 0, 0, 2]);
  });
});
