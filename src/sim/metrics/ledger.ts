/**
 * The ledger: every money flow of a week as a signed line, in cents. Profit is their sum, by
 * construction. Lines from the people come from the totals; company-level lines (marketing,
 * care, fixed costs) are computed here from the parameters and the counts of the week.
 */
import type { Params } from '../params/schema.ts';
import { careCentsPerCustomer } from '../model/reinvestment.ts';
import { careSavingsCents } from '../model/relationshipCompany.ts';
import { T } from '../model/totals.ts';

export const ledgerLines = [
  'revenue', 'secondLineRevenue', 'discounts', 'pointsExpense', 'breakage', 'costOfGoods', 'refunds',
  'guaranteeRefunds', 'priceCredits', 'fixCosts', 'clubFees', 'clubCosts', 'acquisitionSpend', 'careSpend',
  'outreachSpend', 'listeningSpend', 'reinvestmentSpend', 'fixedCosts',
] as const;

export type LedgerLine = (typeof ledgerLines)[number];

export type LedgerWeek = Record<LedgerLine, number>;

/**
 * The week's ledger in cents, with signs (income positive, costs negative).
 * `customersServed` are the customers at the start of the week, whose care is paid;
 * marketing is spent only when there is somebody left to reach.
 */
export function ledgerWeek(params: Params, totals: Float64Array, previous: Float64Array, week: number): LedgerWeek {
  const audience = previous[T.prospects] + previous[T.lapsed] - previous[T.lostForever];
  const careCents = careCentsPerCustomer(params, week);
  return {
    revenue: totals[T.revenueCents],
    secondLineRevenue: totals[T.secondLineRevenueCents],
    discounts: -totals[T.discountCents],
    pointsExpense: -totals[T.pointsIssuedCents],
    breakage: totals[T.breakageCents],
    costOfGoods: -(totals[T.costOfGoodsCents] + totals[T.secondLineCostCents]),
    refunds: -totals[T.refundCents],
    guaranteeRefunds: -totals[T.guaranteeRefundCents],
    priceCredits: -totals[T.priceCreditCents],
    fixCosts: -totals[T.fixCents],
    clubFees: totals[T.clubFeeCents],
    clubCosts: -totals[T.clubCostCents],
    acquisitionSpend: audience > 0 ? -Math.round(params['acquisition.spendPerWeek'] * 100) : 0,
    careSpend: -(careCents * previous[T.customers] - careSavingsCents(params, previous, week, careCents)),
    outreachSpend: -(totals[T.outreachCents] + totals[T.trackingCents]),
    listeningSpend: -totals[T.listeningCents],
    reinvestmentSpend: -totals[T.reinvestCents],
    fixedCosts: -Math.round(params['costs.fixedPerWeek'] * 100),
  };
}

export function profitCents(ledger: LedgerWeek): number {
  let sum = 0;
  for (const line of ledgerLines) sum += ledger[line];
  return sum;
}
