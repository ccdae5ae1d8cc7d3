/**
 * Reinvestment and harvest, the circle of S0.C both ways (S0.R9). From reinvestment.fromWeek:
 *
 *   reinvested(t)  = share × max(0, operating profit of week t − 1)       (operating: before reinvestment)
 *   stock          G(t + 1) = G(t) × (1 − 1 / fadeWeeks) + pointsPerDollar × reinvested(t) / customers
 *   quality gain   g = maxGain × (1 − e^(−G / maxGain))                   (diminishing returns)
 *   harvest        the care budget per customer is cut by careCut, so more purchases fail (policy.ts)
 * The stock is goodwill in Nerlove & Arrow's (1962) sense, with build-up and decay separate: money
 * adds to it at once, and it loses 1/fadeWeeks of itself a week, so it settles at pointsPerDollar ×
 * the dollars reinvested a week per customer × fadeWeeks, and a longer life keeps more of what the
 * same money bought. The gain customers see rises with the stock at a falling rate toward maxGain
 * (Rust, Zahorik & Keiningham 1995). The stock, the gain and last week's profit are company state,
 * kept by the coordinator between weeks (company.ts). Money in cents, quality in points.
 */
import { exp } from '../math/index.ts';
import type { Params } from '../params/schema.ts';

/** The company's memory between weeks. */
export interface ReinvestmentState {
  /** The stock of improvements bought so far, after fading, in quality points before the ceiling. */
  stock: number;
  /** Quality points the stock adds to what is delivered (the stock through its diminishing returns). */
  qualityGain: number;
  /** Last week's profit before reinvestment, in cents. */
  operatingProfitCents: number;
}

export function startingReinvestment(): ReinvestmentState {
  return { stock: 0, qualityGain: 0, operatingProfitCents: 0 };
}

function started(params: Params, week: number): boolean {
  return week >= params['reinvestment.fromWeek'];
}

/** True in the weeks when the care budget is cut. */
export function harvesting(params: Params, week: number): boolean {
  return params['reinvestment.careCut'] > 0 && started(params, week);
}

/** Care spent per customer a week, in whole cents, after any harvest cut. */
export function careCentsPerCustomer(params: Params, week: number): number {
  const cut = harvesting(params, week) ? params['reinvestment.careCut'] : 0;
  return Math.round(params['service.carePerCustomerWeek'] * (1 - cut) * 100);
}

/** What is reinvested in `week`, in cents. */
export function reinvestedCents(params: Params, week: number, state: ReinvestmentState): number {
  const share = params['reinvestment.share'];
  if (share <= 0 || !started(params, week)) return 0;
  return Math.round(share * Math.max(0, state.operatingProfitCents));
}

/** The quality points a stock of improvements adds: nearly the stock while small, never above maxGain. */
export function qualityGainOf(params: Params, stock: number): number {
  if (stock <= 0) return 0;
  const ceiling = params['reinvestment.maxGain'];
  return ceiling * (1 - exp(-stock / ceiling));
}

/** Carry the state into the next week, after `week`'s ledger is known. */
export function advanceReinvestment(
  params: Params, state: ReinvestmentState, reinvested: number, customers: number, operatingProfitCents: number,
): void {
  const builtUp = customers > 0 ? params['reinvestment.pointsPerDollar'] * (reinvested / 100 / customers) : 0;
  if (state.stock > 0 || builtUp > 0) {
    state.stock = state.stock * (1 - 1 / params['reinvestment.fadeWeeks']) + builtUp;
    state.qualityGain = qualityGainOf(params, state.stock);
  }
  state.operatingProfitCents = operatingProfitCents;
}
