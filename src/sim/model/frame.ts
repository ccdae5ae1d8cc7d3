/**
 * The frame a shard's weekly step works in: its people, the parameters and derived policy, the
 * week's context, the totals being added up, and the story book. Mechanism functions take the
 * frame and a person's offset, and write only to that person and to the totals.
 */
import type { Params } from '../params/schema.ts';
import type { WeekContext } from './context.ts';
import type { Policy } from './policy.ts';
import type { Population } from './population.ts';
import { Flag } from './states.ts';
import type { StoryBook } from './story.ts';

/** What happened to the person being stepped this week; reset for each person. */
export interface PersonWeek {
  purchases: number;
  paidCents: number;
  /** Chance of leaving at once because of a service failure, by how it was handled. */
  failureLeaveChance: number;
  /** The failure ended in a conflict. */
  conflict: boolean;
  brokenPromise: boolean;
}

export function emptyPersonWeek(): PersonWeek {
  return { purchases: 0, paidCents: 0, failureLeaveChance: 0, conflict: false, brokenPromise: false };
}

export function resetPersonWeek(week: PersonWeek): void {
  week.purchases = 0;
  week.paidCents = 0;
  week.failureLeaveChance = 0;
  week.conflict = false;
  week.brokenPromise = false;
}

export interface Frame {
  readonly population: Population;
  readonly params: Params;
  readonly policy: Policy;
  readonly story: StoryBook;
  /** Totals of the week being stepped (see totals.ts). */
  out: Float64Array;
  context: WeekContext;
  /** Scratch record of the person being stepped. */
  readonly person: PersonWeek;
}

/** True when the person's story is being recorded. */
export function isTraced(frame: Frame, offset: number): boolean {
  return (frame.population.flags[offset] & Flag.traced) !== 0;
}
