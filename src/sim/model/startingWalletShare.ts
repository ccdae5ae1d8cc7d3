/**
 * The share of their category spending a customer gives us when they join (a share, 0–1): all of
 * it in exclusive mode; in split mode the share at parity with the rival, who stands for the rest
 * of the market and weighs walletWeight times us (leaving.ts), so 1 / (1 + walletWeight).
 * Read by the policy (traits and joining start customers there) and by the felt value of a point
 * (bonusBankValue.ts), which counts the purchases a typical customer makes with us.
 */
import type { Params } from '../params/schema.ts';

export function startingWalletShare(params: Params): number {
  return params['competitor.walletMode'] === 'split' ? 1 / (1 + params['competitor.walletWeight']) : 1;
}
