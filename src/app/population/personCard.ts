/**
 * The short card of one sampled person at a week: their state and since when, read from the
 * sample's weekly rows. In an open market a newcomer may have taken the person's place: the card
 * is then the newcomer's, from the week they arrived. Weeks count from 0 in the data and are shown as weeks elapsed (w + 1).
 */
import type { StateSample } from '../../sim/index.ts';
import { State } from '../../sim/model/states.ts';

export interface PersonAtWeek {
  id: number;
  state: number;
  /** The first week (0-based) of their current spell in this state, or −1 if since the start. */
  sinceWeek: number;
  /** How many times they joined us during the run so far. */
  joinings: number;
}

/** `week` is 0-based; rows[week + 1] is the end of that week. */
export function personAtWeek(sample: StateSample, index: number, week: number): PersonAtWeek {
  const last = Math.min(week + 1, sample.rows.length - 1);
  const state = sample.rows[last][index];
  // rows[w + 1] is the end of week w, so a newcomer of week w is first seen in row w + 1.
  const arrived = sample.arrivals[index].filter((arrival) => arrival + 1 <= last);
  const firstRow = arrived.length > 0 ? arrived[arrived.length - 1] + 1 : 0;
  let since = last;
  while (since > firstRow && sample.rows[since - 1][index] === state) since -= 1;
  let joinings = 0;
  for (let row = firstRow + 1; row <= last; row++) {
    if (sample.rows[row][index] === State.customer && sample.rows[row - 1][index] !== State.customer) joinings += 1;
  }
  return { id: sample.ids[index], state, sinceWeek: since - 1, joinings };
}
