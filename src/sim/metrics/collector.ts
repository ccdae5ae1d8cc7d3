/**
 * The collector: turns each week's totals into one row of every series. Running figures:
 *
 *   retentionWeekly   = 1 − leavers / customers at the start of the week (1 when there were none)
 *   retentionAnnual   = product of weekly retention over the last 52 weeks (annualised before week 52)
 *   costPerCustomerWon = marketing spent so far / customers won by marketing so far, newcomers and
 *                        former customers alike (at least one)
 *   marginPerCustomerYear = m, the margin per customer over the last 52 weeks (annualised)
 *   valuePerCustomer  = m × r / (1 + i − r), with r = retentionAnnual (at most 0.999), i the discount
 *                       rate (Gupta & Lehmann 2003, "Customers as assets"); the summary adds Fader &
 *                       Hardie's DERL value beside it (derl.ts)
 * The margin m counts what a customer brings and costs: revenue (the second line's too) less
 * discounts, points, goods, refunds and credits, fixes, the club, care and outreach; not marketing,
 * fixed costs, listening or reinvestment (the company's own programmes).
 */
import { pow } from '../math/index.ts';
import type { Params } from '../params/schema.ts';
import { T } from '../model/totals.ts';
import { ledgerWeek, profitCents, type LedgerWeek } from './ledger.ts';
import { countSeries, derivedSeries, ledgerSeries, type Series } from './series.ts';

const WINDOW = 52;

function customerMarginCents(ledger: LedgerWeek): number {
  return profitCents(ledger) - ledger.acquisitionSpend - ledger.fixedCosts - ledger.listeningSpend - ledger.reinvestmentSpend;
}

export class Collector {
  readonly series: Series = {};
  private readonly params: Params;
  private cumulativeProfitCents = 0;
  private discountedProfitCents = 0;
  private acquisitionCents = 0;
  private paidWon = 0;
  private readonly weeklyRetention: Float64Array;
  private readonly weeklyMarginCents: Float64Array;
  private readonly weeklyCustomers: Float64Array;
  private readonly weeklyDiscount: number;

  constructor(params: Params, weeks: number) {
    this.params = params;
    for (const info of [...countSeries, ...ledgerSeries, ...derivedSeries]) this.series[info.name] = new Float64Array(weeks);
    this.weeklyRetention = new Float64Array(weeks);
    this.weeklyMarginCents = new Float64Array(weeks);
    this.weeklyCustomers = new Float64Array(weeks);
    this.weeklyDiscount = pow(1 + params['costs.annualDiscountRate'], -1 / 52);
  }

  record(week: number, totals: Float64Array, previous: Float64Array): void {
    const s = this.series;
    for (const info of countSeries) s[info.name][week] = totals[T[info.field]];
    const ledger = ledgerWeek(this.params, totals, previous, week);
    for (const info of ledgerSeries) s[info.name][week] = ledger[info.line] / 100;

    const newCustomers = totals[T.newPaid] + totals[T.newReferred] + totals[T.wonBack] + totals[T.newTouched];
    const leavers =
      totals[T.leftCompetitor] + totals[T.leftBrokenPromise] + totals[T.leftConflict] +
      totals[T.leftServiceFailure] + totals[T.leftNeglect] + totals[T.leftFired] + totals[T.leftMoved];
    s.newCustomers[week] = newCustomers;
    s.leavers[week] = leavers;

    const profit = profitCents(ledger);
    this.cumulativeProfitCents += profit;
    this.discountedProfitCents += profit * pow(this.weeklyDiscount, week);
    s.profit[week] = profit / 100;
    s.cumulativeProfit[week] = this.cumulativeProfitCents / 100;
    s.discountedProfit[week] = Math.round(this.discountedProfitCents) / 100;

    s.pointsIssued[week] = totals[T.pointsIssuedCents] / 100;
    s.pointsRedeemed[week] = totals[T.pointsRedeemedCents] / 100;
    s.pointsExpired[week] = totals[T.breakageCents] / 100;
    s.pointsLiability[week] = totals[T.pointsOutstandingCents] / 100;

    const customers = totals[T.customers];
    s.satisfactionMean[week] = customers > 0 ? totals[T.satisfactionMilli] / 1000 / customers : 0;
    s.walletShareMean[week] = customers > 0 ? totals[T.walletMilli] / 1000 / customers : 0;
    s.qualityShift[week] = totals[T.qualityShiftMilli] / 1000;
    s.needsFound[week] = totals[T.needsFoundMilli] / 1000;

    const atStart = previous[T.customers];
    const retention = atStart > 0 ? 1 - leavers / atStart : 1;
    s.retentionWeekly[week] = retention;
    this.weeklyRetention[week] = retention;
    this.weeklyMarginCents[week] = customerMarginCents(ledger);
    this.weeklyCustomers[week] = atStart;
    const annual = this.trailingRetention(week);
    s.retentionAnnual[week] = annual;

    this.acquisitionCents -= ledger.acquisitionSpend;
    this.paidWon += totals[T.newPaid] + totals[T.wonBackPaid];
    s.costPerCustomerWon[week] = this.acquisitionCents / 100 / Math.max(1, this.paidWon);
    const margin = this.marginPerCustomerYear(week);
    s.marginPerCustomerYear[week] = margin;
    const r = Math.min(annual, 0.999);
    s.valuePerCustomer[week] = margin * (r / (1 + this.params['costs.annualDiscountRate'] - r));
  }

  private trailingRetention(week: number): number {
    const from = Math.max(0, week - WINDOW + 1);
    let product = 1;
    for (let w = from; w <= week; w++) product *= this.weeklyRetention[w];
    const span = week - from + 1;
    return span === WINDOW ? product : pow(product, WINDOW / span);
  }

  /** m: the margin per customer over the last 52 weeks (annualised), in dollars; 0 with no customers. */
  private marginPerCustomerYear(week: number): number {
    const from = Math.max(0, week - WINDOW + 1);
    let margin = 0;
    let customerWeeks = 0;
    for (let w = from; w <= week; w++) {
      margin += this.weeklyMarginCents[w];
      customerWeeks += this.weeklyCustomers[w];
    }
    if (customerWeeks === 0) return 0;
    return ((margin / customerWeeks) * WINDOW) / 100;
  }
}
