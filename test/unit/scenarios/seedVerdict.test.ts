/**
 * The debrief's verdict over seeds in words: nine seeds in ten or more either way is a verdict,
 * anything between is said to be luck, and the sentence names the seeds and both policies.
 */
import { describe, expect, it } from 'vitest';
import { CLEAR_OVER_SEEDS, VERDICT_SEEDS, verdictOverSeeds } from '../../../src/app/state/seedVerdict.ts';

const seeds = Array.from({ length: VERDICT_SEEDS }, (_, index) => 4 + index);
const names = { a: 'Excuses', b: 'Admit and fix' };

describe('the verdict over seeds', () => {
  it('names the seeds, both policies and B’s count', () => {
    const sentence = verdictOverSeeds(7, seeds, names);
    expect(sentence).toContain('Over 10 seeds (4 to 13), B (Admit and fix) ends with more cumulative profit than A (Excuses) in 7 of the 10.');
  });

  it('calls nine in ten or more a verdict, for B or for A', () => {
    expect(CLEAR_OVER_SEEDS).toBe(0.9);
    expect(verdictOverSeeds(10, seeds, names)).toMatch(/verdict for B holds over luck/);
    expect(verdictOverSeeds(9, seeds, names)).toMatch(/verdict for B holds over luck/);
    expect(verdictOverSeeds(1, seeds, names)).toMatch(/verdict for A holds over luck/);
    expect(verdictOverSeeds(0, seeds, names)).toMatch(/verdict for A holds over luck/);
  });

  it('calls anything between a matter of luck', () => {
    for (const ahead of [2, 5, 8]) expect(verdictOverSeeds(ahead, seeds, names)).toMatch(/largely luck/);
  });
});
