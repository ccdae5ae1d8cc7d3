/**
 * The room's show of hands: counts typed by the teacher stay whole numbers within a room's size,
 * read back from the address as written, and the debrief's sentence counts the hands that went up
 * for the run's answers.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatHands, handsCount, MAX_HANDS, parseHands, roomVerdict } from '../../../src/app/classroom/hands.ts';

describe('the room’s show of hands', () => {
  it('reads back from the address every count the teacher can enter', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: MAX_HANDS }), { minLength: 2, maxLength: 10 }), (counts) => {
        const text = formatHands(counts);
        if (counts.every((count) => count === 0)) expect(text).toBe('');
        else expect(parseHands(text)).toEqual(counts);
      }),
    );
  });

  it('keeps a typed count a whole number from 0 to the most hands', () => {
    expect([handsCount(-3), handsCount(2.6), handsCount(Number.NaN), handsCount(5000), handsCount(12)]).toEqual([0, 3, 0, MAX_HANDS, 12]);
  });

  it('counts the hands for the run’s answers, and says nothing of a room with no hands', () => {
    expect(roomVerdict([3, 14], [0])).toEqual({ total: 17, right: 3, share: 3 / 17, shares: [3 / 17, 14 / 17] });
    expect(roomVerdict([2, 5, 3], [1, 2])).toMatchObject({ total: 10, right: 8, share: 0.8 });
    expect(roomVerdict([0, 0], [0])).toEqual({ total: 0, right: 0, share: null, shares: [0, 0] });
  });
});
