/**
 * Drawing a person: fixed traits and the starting record, for the people of the starting market
 * (`drawPerson`) and for newcomers who take the slot of someone who moved away (`drawNewcomer`,
 * catchment.ts). Every draw is keyed by (run key, person, generation, week −1, purpose), so a
 * person is the same in every layout and in both arms of a comparison whose market parameters
 * agree.
 *
 * Spreads that are not parameters (stated here and in content/model.md):
 * - basket sizes vary across people as Gamma(4)/4 around the segment mean (coefficient of
 *   variation 50%);
 * - price sensitivity varies as Gamma(4)/4 around the segment mean;
 * - contacts vary as Gamma(2)/2 around the market mean (some talk to many, most to a few);
 * - starting customers' satisfaction is that of an ordinary visit which meets expectations,
 *   w × (quality − 5), plus logistic noise of 0.5 points, held within the satisfaction scale;
 * - starting customers' spending over the past year is their expected spending: rate × price
 *   response × share of wallet × 52 weeks × basket, less the card discount.
 */
import type { Params } from '../params/schema.ts';
import { fmix32, personKey, uniformFor, weekBase } from '../random/counterHash.ts';
import { betaFor, gammaFor, logisticNoise } from '../random/distributions.ts';
import { Purpose } from '../random/purposes.ts';
import { firstMoveWeek, moveWeekAfter } from './catchment.ts';
import { drawDropoutChance } from './dropout.ts';
import type { Policy } from './policy.ts';
import { clearRecord, type Population } from './population.ts';
import { priceResponse } from './priceResponse.ts';
import { marketingAppealOf } from './rivalry.ts';
import { onSatisfactionScale } from './satisfactionScale.ts';
import { Flag, State } from './states.ts';

const TRAIT_WEEK = -1;
const BASKET_SHAPE = 4;
const SENSITIVITY_SHAPE = 4;
const CONTACTS_SHAPE = 2;
const START_SATISFACTION_NOISE = 0.5;

/** The trait base of the slot's occupant of `generation`: the first occupant keeps model 1's key. */
function occupy(population: Population, offset: number, runKey: number, generation: number): number {
  const person = population.start + offset;
  const key = generation === 0 ? runKey : fmix32(runKey ^ Math.imul(generation, 0x85ebca6b)) | 0;
  population.randomKey[offset] = personKey(key, person);
  population.generation[offset] = generation;
  return weekBase(population.randomKey[offset], TRAIT_WEEK);
}

/**
 * The fixed traits; `tenureWeeks` is how long a starting customer has already been one (0 otherwise),
 * `feltPrice` the non-member's felt price the marketing appeal is reckoned at.
 */
function drawTraits(
  population: Population, offset: number, base: number, params: Params, policy: Policy, tenureWeeks: number, feltPrice: number,
): void {
  const premium = uniformFor(base, Purpose.segment) < params['market.premiumShare'];
  population.premium[offset] = premium ? 1 : 0;
  population.purchaseRate[offset] =
    (params['purchases.ratePerWeek'] * gammaFor(base, Purpose.purchaseRate, params['purchases.rateShape'])) /
    params['purchases.rateShape'];
  const segmentBasket = params['purchases.basket'] * (premium ? params['purchases.premiumBasketFactor'] : 1);
  population.basket[offset] = (segmentBasket * gammaFor(base, Purpose.basket, BASKET_SHAPE)) / BASKET_SHAPE;
  const segmentSensitivity = premium ? params['purchases.premiumPriceSensitivity'] : 1;
  population.priceSensitivity[offset] =
    (segmentSensitivity * gammaFor(base, Purpose.priceSensitivity, SENSITIVITY_SHAPE)) / SENSITIVITY_SHAPE;
  population.contactsRatio[offset] = gammaFor(base, Purpose.contacts, CONTACTS_SHAPE) / CONTACTS_SHAPE;
  const responseShape = params['market.marketingResponseShape'];
  population.marketingResponse[offset] = gammaFor(base, Purpose.marketingResponse, responseShape) / responseShape;
  population.marketingAppeal[offset] = marketingAppealOf(params, population, offset, feltPrice);

  // Traits only some mechanisms use are drawn only when they are on (their draws have their own purposes).
  if (policy.prospectTouches > 0 || policy.customerTouches > 0) {
    population.birthdayWeek[offset] = Math.floor(uniformFor(base, Purpose.birthdayWeek) * 52);
  }
  const abusiveShare = params['market.abusiveShare'];
  if (abusiveShare > 0 && uniformFor(base, Purpose.abusive) < abusiveShare) population.flags[offset] |= Flag.abusive;

  // Survivors of tenure τ weeks have churn propensities distributed Beta(α, β + τ) (Fader & Hardie 2007).
  // α = 0: no one drifts away with time (Beta(0, β) is all at 0).
  const alpha = params['churn.alpha'];
  population.churnPropensity[offset] =
    alpha > 0 ? betaFor(base, Purpose.churnPropensity, Purpose.churnPropensitySecond, alpha, params['churn.beta'] + tenureWeeks) : 0;
  if (policy.dropoutOn) drawDropoutChance(population, offset, base, params, tenureWeeks);
}

/** A person of the starting market: a customer (with a tenure) or a prospect. */
export function drawPerson(population: Population, offset: number, runKey: number, params: Params, policy: Policy): void {
  const base = occupy(population, offset, runKey, 0);
  const startsAsCustomer = uniformFor(base, Purpose.initialState) < params['market.initialCustomerShare'];
  const tenureWeeks = startsAsCustomer
    ? Math.floor(uniformFor(base, Purpose.initialTenure) * params['market.initialTenureYears'] * 52)
    : 0;
  drawTraits(population, offset, base, params, policy, tenureWeeks, policy.feltPrice);
  population.moveWeek[offset] = firstMoveWeek(base, policy.logWeeklyStay);

  const quality = params['service.quality'];
  population.expectation[offset] = startsAsCustomer ? quality : params['promises.promisedQuality'];
  population.walletShare[offset] = policy.startingWalletShare;
  if (startsAsCustomer) {
    population.state[offset] = State.customer;
    // Joined before week 0: a tenure of τ weeks means joining in week −τ − 1.
    population.stateSince[offset] = -tenureWeeks - 1;
    population.satisfaction[offset] = onSatisfactionScale(
      params['promises.expectationWeight'] * (quality - 5) +
        logisticNoise(uniformFor(base, Purpose.initialSatisfaction), START_SATISFACTION_NOISE),
    );
    const response = priceResponse(
      params['purchases.priceElasticity'], population.priceSensitivity[offset], policy.feltPrice, params['purchases.maxPriceLift'],
    );
    const yearlyPurchases = population.purchaseRate[offset] * response * population.walletShare[offset] * 52;
    population.yearSpend[offset] = yearlyPurchases * population.basket[offset] * (1 - policy.discountShare);
  } else {
    population.state[offset] = State.prospect;
  }
}

/**
 * A newcomer takes the slot of someone who moved away in `week` (catchment.ts): a new person with
 * new traits and a clean record, who has never been a customer. `feltPrice` is the week's felt
 * price of a non-member (a price rise in force included).
 */
export function drawNewcomer(
  population: Population, offset: number, runKey: number, params: Params, policy: Policy, week: number, feltPrice: number,
): void {
  clearRecord(population, offset);
  const base = occupy(population, offset, runKey, population.generation[offset] + 1);
  drawTraits(population, offset, base, params, policy, 0, feltPrice);
  population.moveWeek[offset] = moveWeekAfter(base, policy.logWeeklyStay, week);
  population.state[offset] = State.prospect;
  population.stateSince[offset] = week;
  population.expectation[offset] = params['promises.promisedQuality'];
  population.walletShare[offset] = policy.startingWalletShare;
}
