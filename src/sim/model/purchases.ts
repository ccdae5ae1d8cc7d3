/**
 * A customer's purchases in one week, and the money they move.
 *
 *   purchases ~ Poisson(rate × price response × share of wallet × pull of burning points)
 *   price response: a logit answer to the felt price with a ceiling (priceResponse.ts)
 *
 * With purchase-linked dropout on (dropout.ts) the customer makes only the purchases up to the one
 * after which they drop out. Each purchase is the person's basket at list price. Discounts (card, club) come off the list
 * value; points may then pay part of it (oldest first); points are earned on what is paid in
 * money. Revenue is booked at list value; discounts and points issued are costs; burned points
 * come back as breakage (accrual accounting). All amounts are whole cents. A customer who used
 * points may drop out right after (bonusBankRegret.ts).
 */
import { exp } from '../math/index.ts';
import { BITS_TO_UNIT, drawBits } from '../random/counterHash.ts';
import { poissonFromUniform } from '../random/distributions.ts';
import { Purpose } from '../random/purposes.ts';
import { earnPoints, pointsBurningNext, redeemPoints } from './bonusBank.ts';
import { resetAfterReward } from './bonusBankRegret.ts';
import { purchasesBeforeDropout } from './dropout.ts';
import { priceResponse } from './priceResponse.ts';
import { isTraced, PRICE_LEVEL, type Frame } from './frame.ts';
import type { Population } from './population.ts';
import { bookTenureMargin, grownRate, heldSensitivity, personBond, premiumCents } from './relationship.ts';
import { feltPriceOf } from './rivalry.ts';
import { Flag } from './states.ts';
import { T } from './totals.ts';

const PURCHASES = T.purchases;
const BUYERS = T.buyers;
const REVENUE = T.revenueCents;
const DISCOUNT = T.discountCents;
const COST_OF_GOODS = T.costOfGoodsCents;
const POINTS_ISSUED = T.pointsIssuedCents;
const POINTS_REDEEMED = T.pointsRedeemedCents;
const REDEMPTIONS = T.redemptions;
const PURCHASE_COUNT = Purpose.purchaseCount;
/** Weight of this week in the yearly spending average (an exponential average over ~52 weeks). */
export const YEAR_DECAY = 1 - 1 / 52;

/**
 * True when some of the person's points burn within the reminder window and their balance is
 * large enough to be worth spending: the reminder says "spend the bonuses, or they burn" (S1.B).
 */
function remindedOfBurning(frame: Frame, offset: number): boolean {
  const context = frame.context;
  if (context.weeksToNextBurn >= frame.params['bonusBank.reminderWeeks']) return false;
  const population = frame.population;
  if (pointsBurningNext(population, offset, context.nextBurningSlot) === 0) return false;
  return population.pointsBalance[offset] >= frame.params['bonusBank.redeemThreshold'] * 100;
}

export function purchaseWeek(frame: Frame, offset: number, base: number): void {
  const population = frame.population;
  const params = frame.params;
  decayYearSpend(population, offset);
  const reminded = frame.policy.bonusOn && remindedOfBurning(frame, offset);
  // Relationships that grow (relationship.ts): the same expressions as the quiet-week screen (shard.ts).
  const bond = personBond(frame, offset);
  const sensitivity = heldSensitivity(population.priceSensitivity[offset], params['relationship.priceTolerance'], bond);
  const mean = purchaseMean(
    grownRate(population.purchaseRate[offset], params['relationship.spendGrowth'], bond),
    priceResponse(params['purchases.priceElasticity'], sensitivity, feltPriceOf(frame, offset), params['purchases.maxPriceLift']),
    population.walletShare[offset],
    reminded ? params['bonusBank.expiryPull'] : 1,
  );
  const drawn = poissonFromUniform(drawBits(base, PURCHASE_COUNT) * BITS_TO_UNIT, mean, noPurchaseChance(population, offset, mean));
  if (drawn === 0) return;
  const count = frame.policy.dropoutOn ? purchasesBeforeDropout(frame, offset, base, drawn) : drawn;
  frame.person.purchases = count;
  buy(frame, offset, base, count);
  const log = frame.transactions;
  if (log.on) log.record(population.start + offset, population.generation[offset], frame.context.week, base, drawn, count, frame.person.paidCents);
}

/** e^(−mean), kept with the mean it belongs to (population.ts): most weeks the mean is last week's. */
function noPurchaseChance(population: Population, offset: number, mean: number): number {
  if (population.lastPurchaseMean[offset] === mean) return population.noPurchaseChance[offset];
  const chance = exp(-mean);
  population.lastPurchaseMean[offset] = mean;
  population.noPurchaseChance[offset] = chance;
  return chance;
}

/** The year's spending loses a week's weight (every customer, every week). */
export function decayYearSpend(population: Population, offset: number): void {
  population.yearSpend[offset] *= YEAR_DECAY;
}

/** The Poisson mean of the week's purchases: rate × price response × share of wallet × pull of burning points. */
export function purchaseMean(rate: number, response: number, walletShare: number, pull: number): number {
  return rate * response * walletShare * pull;
}

/** The money of a week with `count` purchases (apart from `purchaseWeek`: most weeks have none). */
function buy(frame: Frame, offset: number, base: number, count: number): void {
  const population = frame.population;
  const params = frame.params;
  const policy = frame.policy;
  const person = frame.person;
  const reminded = policy.bonusOn && remindedOfBurning(frame, offset);
  const member = (population.flags[offset] & Flag.clubMember) !== 0;
  const listCents = Math.round(count * population.basket[offset] * 100);
  // After a price rise (priceChange.ts) the same basket costs more; the cost of goods does not change.
  const level = frame.prices[PRICE_LEVEL];
  const plainCents = level !== 1 ? Math.round(count * population.basket[offset] * 100 * level) : listCents;
  const premium = premiumCents(frame, plainCents);
  const grossCents = plainCents + premium;
  const discountCents = Math.round(grossCents * (member ? policy.discountShareMember : policy.discountShare));
  let redeemedCents = 0;
  if (policy.bonusOn && population.pointsBalance[offset] >= params['bonusBank.redeemThreshold'] * 100) {
    const willing = reminded || drawBits(base, Purpose.redemption) * BITS_TO_UNIT < params['bonusBank.redeemChance'];
    if (willing) {
      const cap = Math.floor((grossCents - discountCents) * params['bonusBank.maxRedeemShare']);
      redeemedCents = redeemPoints(population, offset, frame.context.nextBurningSlot, cap);
    }
  }
  const paidCents = grossCents - discountCents - redeemedCents;
  const earnedCents = policy.bonusOn ? Math.round(paidCents * params['bonusBank.earnRate']) : 0;
  earnPoints(population, offset, frame.context.earningSlot, earnedCents);
  population.yearSpend[offset] += paidCents / 100;
  person.paidCents = paidCents;

  const out = frame.out;
  out[PURCHASES] += count;
  out[BUYERS] += 1;
  out[REVENUE] += grossCents;
  out[DISCOUNT] += discountCents;
  const costOfGoods = Math.round(listCents * (1 - params['purchases.grossMargin']));
  out[COST_OF_GOODS] += costOfGoods;
  bookTenureMargin(frame, offset, grossCents - discountCents - earnedCents - costOfGoods, premium);
  out[POINTS_ISSUED] += earnedCents;
  if (redeemedCents > 0) {
    out[POINTS_REDEEMED] += redeemedCents;
    out[REDEMPTIONS] += 1;
    resetAfterReward(frame, base);
    if (isTraced(frame, offset)) {
      frame.story.add(population.start + offset, { week: frame.context.week, kind: 'redeemed', amount: redeemedCents / 100 });
    }
  }
}
