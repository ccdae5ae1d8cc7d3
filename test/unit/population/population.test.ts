/**
 * The population view's pure parts: where dots stand, what a person's card says, and a story in
 * words.
 */
import { describe, expect, it } from 'vitest';
import { layoutDots } from '../../../src/app/population/layout.ts';
import { personAtWeek } from '../../../src/app/population/personCard.ts';
import { storyLines } from '../../../src/app/population/storyText.ts';
import { State } from '../../../src/sim/model/states.ts';
import { simulate } from '../../../src/sim/run/simulate.ts';
import { params } from '../../support/runs.ts';

describe('the layout of dots', () => {
  const row = Uint8Array.from([0, 0, 1, 2, 1, 0, 1, 1, 2, 0]);
  const layout = layoutDots(row, 600, 300);

  it('puts every person inside the block of their state', () => {
    for (let index = 0; index < row.length; index++) {
      const block = layout.groups.find((group) => group.state === row[index])!;
      expect(layout.x[index]).toBeGreaterThanOrEqual(block.x);
      expect(layout.x[index]).toBeLessThanOrEqual(block.x + block.width);
      expect(layout.y[index]).toBeLessThanOrEqual(300);
    }
  });

  it('counts the people of each state', () => {
    expect(layout.groups.map((group) => group.count)).toEqual([4, 4, 2]);
  });

  it('never puts two people on the same spot', () => {
    const spots = new Set(Array.from(row, (_, index) => `${layout.x[index]},${layout.y[index]}`));
    expect(spots.size).toBe(row.length);
  });

  it('fits ten thousand people into a phone-sized canvas', () => {
    const many = Uint8Array.from({ length: 10_000 }, (_, index) => index % 3);
    const packed = layoutDots(many, 320, 300);
    for (let index = 0; index < many.length; index += 97) expect(packed.y[index]).toBeLessThanOrEqual(300);
    expect(packed.radius).toBeGreaterThan(0);
  });
});

describe('a person\'s card and story', () => {
  const result = simulate({
    seed: 4, weeks: 60, people: 600, sample: 600, trace: Array.from({ length: 600 }, (_, id) => id),
    params: params({ 'service.failureRateWithoutCare': 0.3 }),
  });
  const sample = result.sample!;

  it('says since when a person has been in their state, agreeing with their story', () => {
    let checked = 0;
    for (let index = 0; index < sample.ids.length; index++) {
      const person = personAtWeek(sample, index, 59);
      const moves = result.stories[sample.ids[index]].filter(
        (event) => event.kind === 'joined' || event.kind === 'left' || event.kind === 'movedAway',
      );
      if (moves.length === 0) continue;
      const last = moves[moves.length - 1];
      expect(person.sinceWeek).toBe(last.week);
      // Who moved away is replaced by a newcomer: a prospect since that week.
      expect(person.state).toBe(last.kind === 'joined' ? State.customer : last.kind === 'left' ? State.lapsed : State.prospect);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('tells every event of a story as a sentence with its week', () => {
    const id = sample.ids.find((person) => result.stories[person].some((event) => event.kind === 'handled'))!;
    const lines = storyLines(result.stories[id]);
    expect(lines).toHaveLength(result.stories[id].length);
    expect(lines.some((line) => /refund/i.test(line.text))).toBe(true);
    for (const [index, event] of result.stories[id].entries()) expect(lines[index].week).toBe(event.week + 1);
  });
});
