/**
 * Reinvestment and harvest, the circle of S0.C both ways (S0.R9). From reinvestment.fromWeek:
 *
 *   reinvested(t)  = share × max(0, operating profit of week t − 1)       (operating: before reinvestment)
 *   quality gain   G(t + 1) = G(t) + (pointsPerDollar × 52 × reinvested(t) / customers − G(t)) / fadeWeeks
 *   harvest        the care budget per customer is cut by careCut, so more purchases fail (policy.ts)
 * G settles at pointsPerDollar × the dollars reinvested a year per customer and fades without
 * upkeep. The gain and last week's profit are company state, kept by the coordinator between
 * weeks (company.ts). Money in cents, quality in points.
 */
import type { Params } from '../params/schema.ts';

/** The company's memory between weeks. */
export interface ReinvestmentState {
  /** Quality points bought by reinvestment so far (after fading). */
  qualityGain: number;
  /** Last week's profit before reinvestment, in cents. */
  operatingProfitCents: number;
}

export function startingReinvestment(): ReinvestmentState {
  return { qualityGain: 0, operatingProfitCents: 0 };
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

/** Carry the state into the next week, after `week`'s ledger is known. */
export function advanceReinvestment(
  params: Params, state: ReinvestmentState, reinvested: number, customers: number, operatingProfitCents: number,
): void {
  const perCustomerYear = customers > 0 ? (reinvested / 100 / customers) * 52 : 0;
  const target = params['reinvestment.pointsPerDollar'] * perCustomerYear;
  state.qualityGain += (target - state.qualityGain) / params['reinvestment.fadeWeeks'];
  state.operatingProfitCents = operatingProfitCents;
}
