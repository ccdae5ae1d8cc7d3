/**
 * A price change (S2.R4): from priceChange.week, list prices are (1 + rise) times the old ones.
 * Revenue per purchase rises, the cost of goods does not; the felt price rises by `rise`, so
 * people buy less (purchases.ts) and the rival looks cheaper (rivalry.ts). In the week of the
 * rise every person's price appeal and cached pull of the rival are brought up to date.
 *
 * A customer who bought in the priceChange.recentWeeks weeks before the rise compares their next
 * order with the old price and feels cheated with chance cheatedShare. The company then
 *   holds the line: a conflict, handled like a disputed complaint (service.ts's conflict: the harm
 *                   of a failure counted double, leaving chance service.leaveIfConflict, and a
 *                   leaver never returns);
 *   credits:        the price difference on that order, paid × rise / (1 + rise), as a refund is
 *                   (half the harm remains, leaving chance service.leaveIfRefunded).
 * Money in cents; the harm is in satisfaction points, weighted as the week's satisfaction update
 * and taken within the satisfaction scale (satisfactionScale.ts).
 */
import type { Params } from '../params/schema.ts';
import { BITS_TO_UNIT, drawBits } from '../random/counterHash.ts';
import { Purpose } from '../random/purposes.ts';
import { FELT_PRICE, isTraced, type Frame } from './frame.ts';
import { refreshHazards } from './leaving.ts';
import { marketingAppealOf } from './rivalry.ts';
import { liftedSatisfaction } from './satisfactionScale.ts';
import { State } from './states.ts';
import { T } from './totals.ts';

/** Shares of a failure's harm felt by a customer who is credited, or refused (as in experience.ts). */
const CREDITED_HARM = 0.5;
const HELD_HARM = 2;

/** The rise in force in `week`, as a share of the old list price. */
export function priceRiseAt(params: Params, week: number): number {
  return params['priceChange.enabled'] && week >= params['priceChange.week'] ? params['priceChange.rise'] : 0;
}

/** The week of the rise: everyone's price appeal and pull of the rival follow the new price. */
export function applyPriceRise(frame: Frame): void {
  const { population, params } = frame;
  const felt = frame.prices[FELT_PRICE];
  for (let offset = 0; offset < population.count; offset++) {
    population.marketingAppeal[offset] = marketingAppealOf(params, population, offset, felt);
    if (population.state[offset] !== State.prospect) refreshHazards(frame, offset);
  }
}

/** True when the last purchase (its week + 1; 0 for none) fell in the weeks just before the rise. */
function boughtJustBefore(params: Params, lastPurchasePlusOne: number): boolean {
  if (lastPurchasePlusOne === 0) return false;
  const last = lastPurchasePlusOne - 1;
  const week = params['priceChange.week'];
  return last < week && last >= week - params['priceChange.recentWeeks'];
}

/** After a customer's week with purchases: do they feel cheated by the new price, and what follows? */
export function priceChangeWeek(frame: Frame, offset: number, base: number): void {
  const { population, params, person } = frame;
  const week = frame.context.week;
  // The experience of this week (experience.ts) has already moved the last purchase week on.
  const lastPurchase = person.previousPurchasePlusOne;
  const rise = frame.context.priceRise;
  if (rise <= 0 || !boughtJustBefore(params, lastPurchase)) return;
  if (drawBits(base, Purpose.feltCheated) * BITS_TO_UNIT >= params['priceChange.cheatedShare']) return;

  const credit = params['priceChange.response'] === 'credit';
  const out = frame.out;
  out[T.feltCheated] += 1;
  let creditCents = 0;
  if (credit) {
    creditCents = Math.round((person.paidCents * rise) / (1 + rise));
    out[T.priceCreditCents] += creditCents;
  } else {
    person.conflict = true;
  }
  const leave = credit ? params['service.leaveIfRefunded'] : params['service.leaveIfConflict'];
  person.failureLeaveChance = Math.max(person.failureLeaveChance, leave);
  const harm = params['service.failurePenalty'] * (credit ? CREDITED_HARM : HELD_HARM);
  population.satisfaction[offset] = liftedSatisfaction(population.satisfaction[offset], -params['promises.satisfactionLearning'] * harm);
  refreshHazards(frame, offset);
  if (isTraced(frame, offset)) {
    frame.story.add(population.start + offset, {
      week, kind: 'feltCheated', response: credit ? 'credit' : 'hold', amount: creditCents / 100,
    });
  }
}
