/**
 * The open market: people move in and out of the catchment. Each week every person, whatever their
 * state, moves away with chance q = 1 − (1 − m)^(1/52), m = market.moveAwayPerYear, and a newcomer
 * who has never been a customer takes their slot at once (traits.ts `drawNewcomer`), so the market's
 * size stays the same. A customer who moves is a leaver of their own kind ("moved away"); their
 * points are forfeited (breakage) and they leave the club.
 *
 * The week of moving is drawn once per occupant, from one uniform u (Purpose.moveAway) by the
 * inverse of the geometric distribution: W = 1 + ⌊ln(1 − u) / ln(1 − q)⌋ weeks from the occupant's
 * arrival (from week 0 for the starting market). The weekly loop then needs one comparison a
 * person-week (shard.ts), and the week is the same in every layout. Weeks are whole numbers below
 * NEVER_MOVES, which stands for "not within any run" (and for m = 0, a closed market).
 */
import { log } from '../math/index.ts';
import type { Params } from '../params/schema.ts';
import { uniformFor } from '../random/counterHash.ts';
import { Purpose } from '../random/purposes.ts';

/** A week no run reaches (the Int16 the week is kept in): the occupant never moves. */
export const NEVER_MOVES = 32767;

/** ln(1 − q): the log of the weekly chance of staying in the catchment; 0 in a closed market. */
export function logWeeklyStay(params: Params): number {
  const perYear = params['market.moveAwayPerYear'];
  return perYear > 0 ? log(1 - perYear) / 52 : 0;
}

/** Weeks (1, 2, …) an occupant whose trait base is `base` stays, capped at NEVER_MOVES. */
function weeksOfStay(base: number, logStay: number): number {
  if (logStay === 0) return NEVER_MOVES;
  const weeks = 1 + Math.floor(log(1 - uniformFor(base, Purpose.moveAway)) / logStay);
  return weeks < NEVER_MOVES ? weeks : NEVER_MOVES;
}

/** The week a person of the starting market moves away: they are there in week 0 at least. */
export function firstMoveWeek(base: number, logStay: number): number {
  const weeks = weeksOfStay(base, logStay);
  return weeks === NEVER_MOVES ? NEVER_MOVES : weeks - 1;
}

/** The week a newcomer who arrived in `week` moves away: from the next week on. */
export function moveWeekAfter(base: number, logStay: number, week: number): number {
  const moves = week + weeksOfStay(base, logStay);
  return moves < NEVER_MOVES ? moves : NEVER_MOVES;
}
