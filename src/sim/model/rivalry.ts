/**
 * The rival's attraction for one person, on a log scale: positive means the rival looks better.
 *   A = priceWeight × sensitivity × (our felt price − rival price)
 *     + qualityWeight × (rival quality − what the person expects of us)
 * It scales defection (× e^A), win-back (× e^−A), prospects' conversion (× e^−A on the price
 * part) and, in split mode, the preferred share of wallet.
 */
import { FELT_PRICE, FELT_PRICE_MEMBER, type Frame } from './frame.ts';
import { Flag } from './states.ts';

export function feltPriceOf(frame: Frame, offset: number): number {
  const member = (frame.population.flags[offset] & Flag.clubMember) !== 0;
  // The week's felt prices include any price rise in force (priceChange.ts).
  return frame.prices[member ? FELT_PRICE_MEMBER : FELT_PRICE];
}

export function priceAttraction(frame: Frame, offset: number): number {
  const params = frame.params;
  return (
    params['competitor.priceWeight'] *
    frame.population.priceSensitivity[offset] *
    (feltPriceOf(frame, offset) - params['competitor.priceIndex'])
  );
}

export function rivalAttraction(frame: Frame, offset: number): number {
  const params = frame.params;
  const qualityGap = params['competitor.quality'] - frame.population.expectation[offset];
  return priceAttraction(frame, offset) + params['competitor.qualityWeight'] * qualityGap;
}
