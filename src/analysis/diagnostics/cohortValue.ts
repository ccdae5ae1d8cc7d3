/**
 * What a customer of a cohort table is worth, at a discount rate the reader sets: the renewals
 * still to come of a customer active at the end of the table and of a new one, each discounted
 * per period (DERL, Fader & Hardie 2010), and in money when the reader gives a renewal's margin.
 * The rate is per period of the table: Fader & Hardie's 10% is a year's, so a table of months
 * wants about 0.8%. Pure and light, for the page as well as the worker. Rates as fractions.
 */
import { sbgDiscountedResidualLifetime, type SbgParameters } from '../fit/sbgValue.ts';

/** The discount rate a period: Fader & Hardie's (2010) example uses 10% a year. */
export const DERL_DISCOUNT = { min: 0.0001, max: 1, default: 0.1 } as const;

export interface CohortValue {
  /** Discounted renewals still to come of a customer active after the table's last period. */
  residualRenewals: number;
  /** The same for a customer who has just joined (renewed 0 times). */
  newCustomerRenewals: number;
}

export function cohortValue(parameters: SbgParameters, observed: number, discountRate: number): CohortValue {
  return {
    residualRenewals: sbgDiscountedResidualLifetime(parameters, observed, discountRate),
    newCustomerRenewals: sbgDiscountedResidualLifetime(parameters, 0, discountRate),
  };
}

/** A discount rate typed as a percentage ("10", "0.8 %", "0,8"), as a fraction within DERL_DISCOUNT; null if it is not one. */
export function parseDiscountPercent(text: string): number | null {
  const rate = decimalOf(text.trim().replace(/\s*%$/, '')) / 100;
  return rate >= DERL_DISCOUNT.min && rate <= DERL_DISCOUNT.max ? rate : null;
}

/** A renewal's margin typed as an amount ("25", "$25.50", "1,250"), zero or more: 'none' when left empty, null if it is not one. */
export function parseMargin(text: string): number | 'none' | null {
  const cleaned = text.trim().replace(/^[$€£¥₽]\s*|\s*[$€£¥₽]$/gu, '');
  if (cleaned === '') return 'none';
  // A comma before three digits groups thousands ("1,250"); before one or two it is a decimal comma ("25,50").
  const margin = decimalOf(cleaned.replace(/[,\s](?=\d{3}(\D|$))/g, ''));
  return Number.isFinite(margin) ? margin : null;
}

/** A plain decimal number with a point or a comma, no sign, no exponent; NaN otherwise. */
function decimalOf(text: string): number {
  const cleaned = text.replace(',', '.');
  return /^(\d+(\.\d*)?|\.\d+)$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}
