/**
 * Joining: prospects won by paid marketing or by a friend's referral, and former customers won
 * back. One uniform per person-week decides, so the channels never double-count.
 *
 *   paid:     reach × conversion × promise appeal × price appeal × e^(−deterrence × contacts)
 *   referred: 1 − e^(−referral pressure × contacts)      (a friend's word is not deterred)
 *   won back: win-back rate × e^(−A) + reach × conversion × promise appeal × price appeal
 * where price appeal = e^(−price attraction) (rivalry.ts), fixed for the run.
 * Newcomers expect what was promised; referred ones expect the mean of promise and reality (the
 * week's delivered quality, on its scale: a friend tells the truth); people won back keep the
 * expectation they had.
 */
import { exp } from '../math/index.ts';
import { BITS_TO_UNIT, drawBits } from '../random/counterHash.ts';
import { Purpose } from '../random/purposes.ts';
import { isTraced, type Frame } from './frame.ts';
import { returnShare } from './grudge.ts';
import { refreshHazards } from './leaving.ts';
import { Flag, JoinChannel, State, type JoinChannelId } from './states.ts';
import { T } from './totals.ts';

const NEW_PAID = T.newPaid;
const NEW_REFERRED = T.newReferred;
const WON_BACK = T.wonBack;
const WON_BACK_PAID = T.wonBackPaid;
const ACQUISITION = Purpose.acquisition;
const WIN_BACK = Purpose.winBack;
const LOST_FOREVER = Flag.lostForever;

function join(frame: Frame, offset: number, channel: JoinChannelId): void {
  const population = frame.population;
  const params = frame.params;
  const week = frame.context.week;
  population.state[offset] = State.customer;
  population.stateSince[offset] = week;
  population.flags[offset] &= ~Flag.detractor;
  population.leaveReason[offset] = 0;
  population.satisfaction[offset] = 0;
  population.yearSpend[offset] = 0;
  population.walletShare[offset] = frame.policy.startingWalletShare;
  if (channel === JoinChannel.paid) {
    population.expectation[offset] = params['promises.promisedQuality'];
  } else if (channel === JoinChannel.referred) {
    population.expectation[offset] = (params['promises.promisedQuality'] + frame.context.deliveredQuality) / 2;
  }
  refreshHazards(frame, offset);
  if (isTraced(frame, offset)) frame.story.joined(population.start + offset, week, channel);
}

/**
 * An upper bound on a prospect's chance of joining this week: 1 − e^(−x) ≤ x and deterrence ≤ 1, so
 * paid + referred ≤ paid chance × price appeal + referral pressure × contacts. A prospect whose
 * acquisition draw is at or above it does not join, and the exponentials need not be computed: the
 * decision is the same as with the exact chances. The weekly loop (shard.ts) screens prospects with
 * it before calling `prospectWeek`, with the week's numbers held in local variables.
 */
export function joiningBound(paidChance: number, referralPressure: number, marketingAppeal: number, contacts: number): number {
  return paidChance * marketingAppeal + referralPressure * contacts;
}

export function prospectWeek(frame: Frame, offset: number, base: number): void {
  const population = frame.population;
  const contacts = population.contactsRatio[offset];
  const context = frame.context;
  const paidBound = context.paidChance * population.marketingAppeal[offset];
  const bound = joiningBound(context.paidChance, context.referralPressure, population.marketingAppeal[offset], contacts);
  if (bound === 0) return;
  const draw = drawBits(base, ACQUISITION) * BITS_TO_UNIT;
  if (draw >= bound) return;
  const paid = context.deterrence > 0 ? paidBound * exp(-context.deterrence * contacts) : paidBound;
  const referred = 1 - exp(-context.referralPressure * contacts);
  if (draw < paid) {
    join(frame, offset, JoinChannel.paid);
    frame.out[NEW_PAID] += 1;
  } else if (draw < paid + referred) {
    join(frame, offset, JoinChannel.referred);
    frame.out[NEW_REFERRED] += 1;
  }
}

/** A prospect who answered a card, call or letter (outreach.ts) becomes a customer. */
export function joinByTouch(frame: Frame, offset: number): void {
  join(frame, offset, JoinChannel.touched);
  frame.out[T.newTouched] += 1;
}

/**
 * A former customer's chance of being won back this week. rivalPull (e^A) was refreshed when they
 * left and is unchanged while they are away. The weekly loop (shard.ts) screens former customers
 * with it before calling `lapsedWeek`, as it does prospects with `joiningBound`.
 */
export function winBackChance(winBackRate: number, rivalPull: number, paidChance: number, marketingAppeal: number): number {
  return winBackRate / rivalPull + paidChance * marketingAppeal;
}

/** People who left after a conflict never come back. */
export function lostForever(flags: number): boolean {
  return (flags & LOST_FOREVER) !== 0;
}

export function lapsedWeek(frame: Frame, offset: number, base: number): void {
  const population = frame.population;
  if (lostForever(population.flags[offset])) return;
  // Why they left still weighs on both their own return and their answer to marketing (grudge.ts).
  const share = returnShare(frame.params, population, offset, frame.context.week);
  const chance =
    share *
    winBackChance(frame.params['competitor.winBackRate'], population.rivalPull[offset], frame.context.paidChance, population.marketingAppeal[offset]);
  if (chance <= 0) return;
  const draw = drawBits(base, WIN_BACK) * BITS_TO_UNIT;
  if (draw < chance) {
    join(frame, offset, JoinChannel.wonBack);
    frame.out[WON_BACK] += 1;
    // The chance is the natural return plus marketing's part (winBackChance); a draw in the
    // upper part counts as won by marketing, for the cost per customer won.
    if (draw >= chance - share * frame.context.paidChance * population.marketingAppeal[offset]) frame.out[WON_BACK_PAID] += 1;
  }
}
