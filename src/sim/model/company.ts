/**
 * The company's own week, beside the people's: the money and figures no single person moves. The
 * coordinator books them into the week's totals once the shards' totals are in (they are the same
 * in every layout of workers, because they depend only on the parameters, the week's context and
 * the market's totals), and carries the reinvestment state to the next week.
 *
 *   tracking        outreach.trackingPerWeek in weeks when touches are sent on a tracked channel
 *   listening       listening.spendPerWeek
 *   reinvestment    the context's reinvested cents (reinvestment.ts)
 *   second line     promoters × listening.secondLineSpend while it is open, at the gross margin
 *   quality shift, needs found    in thousandths, for the series
 * Money in cents.
 */
import type { Params } from '../params/schema.ts';
import type { WeekContext } from './context.ts';
import { secondLineCents } from './listening.ts';
import { outreachOn } from './outreach.ts';
import { advanceReinvestment, type ReinvestmentState } from './reinvestment.ts';
import { T } from './totals.ts';

export function bookCompanyWeek(params: Params, context: WeekContext, totals: Float64Array): void {
  if (params['outreach.tracked'] && outreachOn(params)) totals[T.trackingCents] = Math.round(params['outreach.trackingPerWeek'] * 100);
  totals[T.listeningCents] = Math.round(params['listening.spendPerWeek'] * 100);
  totals[T.reinvestCents] = context.reinvestCents;
  if (context.secondLine) {
    const sales = secondLineCents(params, totals[T.promoters]);
    totals[T.secondLineRevenueCents] = sales.revenue;
    totals[T.secondLineCostCents] = sales.cost;
  }
  totals[T.qualityShiftMilli] = Math.round(context.qualityShift * 1000);
  totals[T.needsFoundMilli] = Math.round(context.needsFound * 1000);
}

/** Carry the company's state into the next week, given the week's profit (in cents). */
export function advanceCompany(
  params: Params, state: ReinvestmentState, totals: Float64Array, previous: Float64Array, profitCents: number,
): void {
  const reinvested = totals[T.reinvestCents];
  advanceReinvestment(params, state, reinvested, previous[T.customers], profitCents + reinvested);
}
