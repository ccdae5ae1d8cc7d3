/**
 * Former customers remember why they left. One who left after a service failure or a broken
 * promise comes back of their own accord, and answers our marketing, at a reduced share of the
 * usual rate; one lured away by the rival at another (a new habit, no grudge); one who drifted
 * away at the usual rate. The memory fades: t weeks after leaving the share is
 *   r(t) = 1 − (1 − r0) × 2^(−t / H)
 * with r0 competitor.grudgeAfterFailure or competitor.grudgeAfterRival and H
 * competitor.grudgeHalfLifeWeeks. Since r ≤ 1, the weekly loop's screen of former customers keeps
 * its unscaled chance as an upper bound (shard.ts), and `lapsedWeek` scales the exact one.
 * (Those who left after a conflict never return at all: Flag.lostForever.)
 */
import { exp } from '../math/index.ts';
import type { Params } from '../params/schema.ts';
import type { Population } from './population.ts';
import { LeaveReason, type LeaveReasonId } from './states.ts';

const LN2 = 0.6931471805599453;

/** What a leaver's record keeps of why they left: 1 + the reason (0 for none). */
export function leaveReasonCode(reason: LeaveReasonId): number {
  return 1 + reason;
}

/** r0 of a reason code. */
function startingShare(params: Params, code: number): number {
  const reason = code - 1;
  if (reason === LeaveReason.competitor) return params['competitor.grudgeAfterRival'];
  if (reason === LeaveReason.serviceFailure || reason === LeaveReason.brokenPromise) return params['competitor.grudgeAfterFailure'];
  return 1;
}

/** r(t) of the former customer at `offset` in `week`: the share of the usual return that applies now. */
export function returnShare(params: Params, population: Population, offset: number, week: number): number {
  const kept = startingShare(params, population.leaveReason[offset]);
  if (kept >= 1) return 1;
  const weeksAway = week - population.stateSince[offset];
  return 1 - (1 - kept) * exp((-LN2 * weeksAway) / params['competitor.grudgeHalfLifeWeeks']);
}
