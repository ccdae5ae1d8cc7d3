/**
 * The rival's attraction for one person, on a log scale: positive means the rival looks better.
 *   A = priceWeight × sensitivity × (our felt price − rival price)
 *     + qualityWeight × (rival quality − what the person expects of us)
 *     − satisfactionWeight × satisfaction
 * It scales defection (× e^A), win-back (× e^−A) and, in split mode, the preferred share of wallet:
 * a satisfied customer is harder to lure away and gives us more of their wallet (Bolton 1998;
 * Mittal & Kamakura 2001).
 *
 * A prospect's or former customer's response to our marketing is their marketing appeal:
 *   e^(−price part of A) × their response to marketing (traits.ts; mean 1)
 * so marketing wins the most responsive prospects first (S1.F3).
 */
import { expForFloat32 } from '../math/index.ts';
import type { Params } from '../params/schema.ts';
import { FELT_PRICE, FELT_PRICE_MEMBER, type Frame } from './frame.ts';
import type { Population } from './population.ts';
import { Flag } from './states.ts';

export function feltPriceOf(frame: Frame, offset: number): number {
  const member = (frame.population.flags[offset] & Flag.clubMember) !== 0;
  // The week's felt prices include any price rise in force (priceChange.ts).
  return frame.prices[member ? FELT_PRICE_MEMBER : FELT_PRICE];
}

/** priceWeight × sensitivity × (felt price − rival price): the price part of A. */
function priceGapAttraction(params: Params, sensitivity: number, feltPrice: number): number {
  return params['competitor.priceWeight'] * sensitivity * (feltPrice - params['competitor.priceIndex']);
}

export function priceAttraction(frame: Frame, offset: number): number {
  return priceGapAttraction(frame.params, frame.population.priceSensitivity[offset], feltPriceOf(frame, offset));
}

export function rivalAttraction(frame: Frame, offset: number): number {
  const params = frame.params;
  const population = frame.population;
  const qualityGap = params['competitor.quality'] - population.expectation[offset];
  return (
    priceAttraction(frame, offset) +
    params['competitor.qualityWeight'] * qualityGap -
    params['competitor.satisfactionWeight'] * population.satisfaction[offset]
  );
}

/** How our marketing pulls a non-member at the felt price `feltPrice` (a price rise in force included). */
export function marketingAppealOf(params: Params, population: Population, offset: number, feltPrice: number): number {
  return expForFloat32(-priceGapAttraction(params, population.priceSensitivity[offset], feltPrice)) * population.marketingResponse[offset];
}
