/**
 * Purchase-linked dropout, the "buy till you die" exit of the BG/NBD model (Fader, Hardie & Lee
 * 2005, "Counting your customers the easy way"). Each person has a fixed chance p ~ Beta(a, b);
 * after each of a week's purchases, in turn (in the order of their times within the week), the
 * customer becomes inactive with chance p. Of the k purchases the week's Poisson draw gives, the
 * customer makes min(k, m), m the index of the purchase after which they drop out (geometric in p);
 * then they leave, counted as drifting away (leaving.ts). Besides the time-based drift θ, not
 * instead of it. The chance is scaled as the drift's is, by e^(−satisfactionEffect × satisfaction −
 * careEffect × care): with both effects 0 it is p itself, the BG/NBD's. Only a week with a purchase can end in a dropout, so the quiet weeks that
 * shard.ts screens (no purchase) are untouched.
 */
import { expForFloat32 } from '../math/index.ts';
import type { Params } from '../params/schema.ts';
import { uniformFor } from '../random/counterHash.ts';
import { betaFor } from '../random/distributions.ts';
import { Purpose } from '../random/purposes.ts';
import type { Frame } from './frame.ts';
import type { Population } from './population.ts';

const DROPOUT = Purpose.dropout;

/**
 * Draw the person's dropout chance (a trait, at week −1: `base` is their trait base). Survivors of
 * `tenureWeeks` weeks have made about rate × tenure purchases without dropping out, which leaves p
 * distributed Beta(a, b + n) after n purchases; the expected count stands in for n (0 for a cohort
 * starting at week 0, where the draw is exactly Beta(a, b)).
 */
export function drawDropoutChance(population: Population, offset: number, base: number, params: Params, tenureWeeks: number): void {
  const survivedPurchases = population.purchaseRate[offset] * tenureWeeks;
  population.dropoutChance[offset] = betaFor(
    base, Purpose.dropoutChance, Purpose.dropoutChanceSecond, params['churn.dropoutA'], params['churn.dropoutB'] + survivedPurchases,
  );
}

/**
 * The purchases a customer makes of the `drawn` the week's count gives: all of them, or up to and
 * including the one after which they drop out (then `frame.person.droppedOut` is set).
 */
export function purchasesBeforeDropout(frame: Frame, offset: number, base: number, drawn: number): number {
  const population = frame.population;
  // Losing interest has the causes drifting away has: satisfaction and care lower it alike (leaving.ts).
  const exponent = -frame.params['churn.satisfactionEffect'] * population.satisfaction[offset] - frame.policy.careDriftExponent;
  const chance = population.dropoutChance[offset] * expForFloat32(exponent);
  for (let index = 0; index < drawn; index++) {
    if (uniformFor(base, DROPOUT, index) < chance) {
      frame.person.droppedOut = true;
      return index + 1;
    }
  }
  return drawn;
}
