/**
 * Relationships that grow: a customer's bond with the company, from tenure and accumulated
 * satisfaction, and what it does to their week (Reichheld & Sasser 1990; Reichheld 1996; Bolton
 * 1998). Tenure quarters and S(q) are in tenure.ts.
 *
 *   bond B = S(q) × W(satisfaction),  W(s) = clamp((s + 2) / 4, 0, 1)   (0 below "very low", 1 at "very high")
 *   purchase rate      × (1 + relationship.spendGrowth × B)
 *   price sensitivity  × (1 − relationship.priceTolerance × B)
 *   price paid         × (1 + relationship.pricePremium × B)        (a premium on the gross price)
 *   leave at once after a failure or a broken promise  × (1 − relationship.forgiveness × B)
 * Cost to serve and referrals depend on tenure alone, priced by the coordinator from the counts by
 * quarter of joining (relationshipCompany.ts). B lies in [0, 1], so every effect is bounded by its
 * parameter. Satisfaction is the person's satisfaction before this week's experience: Bolton's
 * prior cumulative satisfaction.
 *
 * The tenure table's margins are booked here per purchase week, in cents, by tenure year: the
 * week's accrual margin (gross − discount − points issued − cost of goods), the part of it that the
 * spend growth brought ((g B / (1 + g B)) of the margin net of the premium), and the premium.
 */
import type { Frame } from './frame.ts';
import { joinQuarter, QUARTER_WEEKS, tenureYear } from './tenure.ts';
import { R } from './totals.ts';

const WEIGHT_LOW = -2;
/** 1 / 4, the span of W from "very low" to "very high": a multiplication by a power of two is exactly the division. */
const PER_WEIGHT_SPAN = 0.25;

export function satisfactionWeight(satisfaction: number): number {
  const weight = (satisfaction - WEIGHT_LOW) * PER_WEIGHT_SPAN;
  return weight < 0 ? 0 : weight > 1 ? 1 : weight;
}

/** Tenure quarters of a customer who joined in week `since`, in the week whose quarter is `nowQuarter`. */
export function tenureQuarters(nowQuarter: number, since: number): number {
  return nowQuarter - joinQuarter(since);
}

/** B = S(q) × W(satisfaction); `curve` is the run's S (policy.ts). */
export function bondOf(curve: Float64Array, nowQuarter: number, since: number, satisfaction: number): number {
  const quarters = tenureQuarters(nowQuarter, since);
  const effect = curve[quarters < curve.length ? quarters : curve.length - 1];
  return effect * satisfactionWeight(satisfaction);
}

/**
 * S(q) by the week a customer joined, for one quarter of the run: the quiet-week screen (shard.ts)
 * reads a customer's tenure effect from it instead of working out their quarters each week. Entry
 * i holds curve[q] for since = SINCE_FIRST + i, the very value bondOf would read, so the bond
 * comes out the same to the bit. Starting customers joined at most 10 years and a week before week
 * 0 and a run lasts at most 1,040 weeks, so the table covers every customer; a since outside it
 * falls back to bondOf.
 */
export const SINCE_FIRST = -1024;
const SINCE_COUNT = 2112;

export function effectBySinceTable(): Float64Array {
  return new Float64Array(SINCE_COUNT);
}

export function fillEffectBySince(table: Float64Array, curve: Float64Array, nowQuarter: number): void {
  for (let index = 0; index < table.length; index++) {
    const quarters = tenureQuarters(nowQuarter, SINCE_FIRST + index);
    // A since after this quarter never belongs to a customer; 0 keeps the entry harmless.
    table[index] = quarters < 0 ? 0 : curve[quarters < curve.length ? quarters : curve.length - 1];
  }
}

/** bondOf with S(q) read from the quarter's table (fillEffectBySince): the same number. */
export function bondBySince(table: Float64Array, curve: Float64Array, nowQuarter: number, since: number, satisfaction: number): number {
  const index = since - SINCE_FIRST;
  if (index < 0 || index >= table.length) return bondOf(curve, nowQuarter, since, satisfaction);
  return table[index] * satisfactionWeight(satisfaction);
}

/** rate × (1 + growth × bond): exactly the rate when the bond is 0. */
export function grownRate(rate: number, growth: number, bond: number): number {
  return rate * (1 + growth * bond);
}

/** sensitivity × (1 − tolerance × bond): exactly the sensitivity when the bond is 0. */
export function heldSensitivity(sensitivity: number, tolerance: number, bond: number): number {
  return sensitivity * (1 - tolerance * bond);
}

/** The person's bond this week (0 with the mechanism off), kept in the person's week for later steps. */
export function personBond(frame: Frame, offset: number): number {
  if (!frame.policy.relationshipOn) return 0;
  const population = frame.population;
  const bond = bondOf(
    frame.policy.tenureCurve, frame.context.quarter,
    population.stateSince[offset], population.satisfaction[offset],
  );
  frame.person.bond = bond;
  return bond;
}

/**
 * The person's forgiveness this week, kept in the person's week for the experience and leaving
 * steps. Only a purchase week can bring a failure or a broken promise, so it is computed there, at
 * the start of the week's experience (before satisfaction moves), not in every week a customer is
 * visited; in other weeks it stays 1.
 */
export function prepareForgiveness(frame: Frame, offset: number): void {
  if (frame.policy.relationshipOn) frame.person.forgiving = forgivenessOf(frame, offset);
}

/** The premium, in cents, on a week's gross price. */
export function premiumCents(frame: Frame, grossCents: number): number {
  const bond = frame.person.bond;
  return bond > 0 ? Math.round(grossCents * frame.params['relationship.pricePremium'] * bond) : 0;
}

/**
 * F = 1 − f × m / (n0 + m), m = n × W(satisfaction): the factor on the leave-at-once chances and on
 * the felt shortfall of a week. n = purchase rate × weeks of tenure is the customer's expected
 * number of purchases so far, m the satisfying ones among them; m / (n0 + m) is the weight of that
 * prior experience against one new one. With f = 1 the chance of leaving over one bad week falls
 * as n0 / (n0 + m), as fast as satisfying experiences accumulate, so at long tenure the chance a
 * week carries no longer grows with how often the customer buys (Bolton 1998).
 */
export function forgivenessFactor(strength: number, purchases: number, rate: number, quarters: number, satisfaction: number): number {
  const satisfying = rate * quarters * QUARTER_WEEKS * satisfactionWeight(satisfaction);
  return 1 - (strength * satisfying) / (purchases + satisfying);
}

function forgivenessOf(frame: Frame, offset: number): number {
  const population = frame.population;
  const params = frame.params;
  return forgivenessFactor(
    params['relationship.forgiveness'], params['relationship.forgivenessPurchases'], population.purchaseRate[offset],
    tenureQuarters(frame.context.quarter, population.stateSince[offset]), population.satisfaction[offset],
  );
}

/**
 * A shortfall (negative weighted disconfirmation) as a bonded customer feels it: discounted by
 * the same factor (Bolton 1998: prior cumulative satisfaction outweighs a single bad experience).
 */
export function forgivenShortfall(frame: Frame, weightedSurprise: number): number {
  return weightedSurprise < 0 ? weightedSurprise * frame.person.forgiving : weightedSurprise;
}

/** Book a purchase week's margin and its sources into the tenure table's totals, by tenure year. */
export function bookTenureMargin(frame: Frame, offset: number, marginCents: number, premium: number): void {
  const quarters = tenureQuarters(frame.context.quarter, frame.population.stateSince[offset]);
  const year = tenureYear(quarters);
  const grown = frame.params['relationship.spendGrowth'] * frame.person.bond;
  const out = frame.out;
  out[R.marginCents + year] += marginCents;
  out[R.growthCents + year] += Math.round(((marginCents - premium) * grown) / (1 + grown));
  out[R.premiumCents + year] += premium;
}
