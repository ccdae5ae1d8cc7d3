/**
 * Joining: prospects won by paid marketing or by a friend's referral, and former customers won
 * back. One uniform per person-week decides, so the channels never double-count.
 *
 *   paid:     reach × conversion × promise appeal × price appeal × e^(−deterrence × contacts)
 *   referred: 1 − e^(−referral pressure × contacts)      (a friend's word is not deterred)
 *   won back: win-back rate × e^(−A) + reach × conversion × promise appeal × price appeal
 * where price appeal = e^(−price attraction) (rivalry.ts), fixed for the run.
 * Newcomers expect what was promised; referred ones expect the mean of promise and reality (a
 * friend tells the truth); people won back keep the expectation they had.
 */
import { BITS_TO_UNIT, drawBits } from '../random/counterHash.ts';
import { Purpose } from '../random/purposes.ts';
import { isTraced, type Frame } from './frame.ts';
import { refreshHazards } from './leaving.ts';
import { Flag, JoinChannel, State, type JoinChannelId } from './states.ts';
import { T } from './totals.ts';

const NEW_PAID = T.newPaid;
const NEW_REFERRED = T.newReferred;
const WON_BACK = T.wonBack;

function join(frame: Frame, offset: number, channel: JoinChannelId): void {
  const population = frame.population;
  const params = frame.params;
  const week = frame.context.week;
  population.state[offset] = State.customer;
  population.stateSince[offset] = week;
  population.flags[offset] &= ~Flag.detractor;
  population.satisfaction[offset] = 0;
  population.yearSpend[offset] = 0;
  population.walletShare[offset] = frame.policy.split ? 0.5 : 1;
  if (channel === JoinChannel.paid) {
    population.expectation[offset] = params['promises.promisedQuality'];
  } else if (channel === JoinChannel.referred) {
    population.expectation[offset] = (params['promises.promisedQuality'] + params['service.quality']) / 2;
  }
  refreshHazards(frame, offset);
  if (isTraced(frame, offset)) frame.story.joined(population.start + offset, week, channel);
}

export function prospectWeek(frame: Frame, offset: number, base: number): void {
  const population = frame.population;
  const contacts = population.contactsRatio[offset];
  const context = frame.context;
  const paidBound = context.paidChance * population.priceAppeal[offset];
  // 1 − e^(−x) ≤ x and deterrence ≤ 1: if the draw clears these bounds, nobody joins and the
  // exponentials need not be computed. The decision is the same as with the exact chances.
  const referredBound = context.referralPressure * contacts;
  if (paidBound === 0 && referredBound === 0) return;
  const draw = drawBits(base, Purpose.acquisition) * BITS_TO_UNIT;
  if (draw >= paidBound + referredBound) return;
  const paid = context.deterrence > 0 ? paidBound * Math.exp(-context.deterrence * contacts) : paidBound;
  const referred = 1 - Math.exp(-referredBound);
  if (draw < paid) {
    join(frame, offset, JoinChannel.paid);
    frame.out[NEW_PAID] += 1;
  } else if (draw < paid + referred) {
    join(frame, offset, JoinChannel.referred);
    frame.out[NEW_REFERRED] += 1;
  }
}

export function lapsedWeek(frame: Frame, offset: number, base: number): void {
  if ((frame.population.flags[offset] & Flag.lostForever) !== 0) return;
  // rivalPull (e^A) was refreshed when the person left and is unchanged while they are away.
  const natural = frame.params['competitor.winBackRate'] / frame.population.rivalPull[offset];
  const chance = natural + frame.context.paidChance * frame.population.priceAppeal[offset];
  if (chance <= 0) return;
  if (drawBits(base, Purpose.winBack) * BITS_TO_UNIT < chance) {
    join(frame, offset, JoinChannel.wonBack);
    frame.out[WON_BACK] += 1;
  }
}
