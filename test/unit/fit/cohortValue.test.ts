/**
 * What a cohort table's customer is worth at the reader's discount rate: DERL is the discounted sum
 * of the survival curve's renewals to come, a lower rate is worth more, the survival curve's own
 * figure is the default rate's, and what the reader types is read as they mean it or refused.
 */
import { describe, expect, it } from 'vitest';
import { cohortSurvival } from '../../../src/analysis/diagnostics/cohortSurvival.ts';
import { cohortValue, DERL_DISCOUNT, parseDiscountPercent, parseMargin } from '../../../src/analysis/diagnostics/cohortValue.ts';
import { fitSbg, sbgSurvival } from '../../../src/analysis/fit/shiftedBetaGeometric.ts';

/** Fader & Hardie's (2007) "regular" cohort, years 0 to 7. */
const regular = [1000, 631, 468, 382, 326, 289, 262, 241];
const { alpha, beta } = fitSbg(regular).estimates;
const parameters = { alpha: alpha.value, beta: beta.value };

describe('a cohort customer’s worth', () => {
  it('is the survival curve’s renewals to come, each discounted a period more than the last', () => {
    const curve = sbgSurvival(parameters, 4000);
    for (const rate of [0.1, 0.008]) {
      for (const renewals of [0, 7]) {
        let sum = 0;
        for (let k = 1; renewals + k < curve.length; k++) sum += (curve[renewals + k]! / curve[renewals]!) * (1 + rate) ** -(k - 1);
        const value = cohortValue(parameters, renewals, rate);
        expect(renewals === 0 ? value.newCustomerRenewals : value.residualRenewals).toBeCloseTo(sum, 4);
      }
    }
  });

  it('is worth more at a lower rate, and the survival curve gives it at the default rate', () => {
    const survival = cohortSurvival(regular, parameters);
    expect(survival.discountRate).toBe(DERL_DISCOUNT.default);
    expect(survival.parameters).toEqual(parameters);
    expect(cohortValue(parameters, 7, DERL_DISCOUNT.default)).toEqual({ residualRenewals: survival.residualRenewals, newCustomerRenewals: survival.newCustomerRenewals });
    expect(cohortValue(parameters, 7, 0.008).residualRenewals).toBeGreaterThan(3 * survival.residualRenewals);
  });

  it('reads a rate as a percentage a period, with a point or a comma, and refuses what is not one', () => {
    expect(parseDiscountPercent('10')).toBe(0.1);
    expect(parseDiscountPercent(' 0,8 % ')).toBeCloseTo(0.008, 12);
    expect(parseDiscountPercent('.5')).toBe(0.005);
    expect(parseDiscountPercent('100')).toBe(1);
    for (const text of ['0', '0.001', '150', '-5', 'abc', '', '1e1']) expect(parseDiscountPercent(text)).toBeNull();
  });

  it('reads a margin as an amount, thousands grouped or with a decimal comma, none when empty', () => {
    expect(parseMargin('')).toBe('none');
    expect(parseMargin('  ')).toBe('none');
    expect(parseMargin('$25.50')).toBe(25.5);
    expect(parseMargin('25,50 €')).toBe(25.5);
    expect(parseMargin('1,250')).toBe(1250);
    expect(parseMargin('1 250.75')).toBe(1250.75);
    expect(parseMargin('0')).toBe(0);
    for (const text of ['-3', 'ten', '25$5', '1e3']) expect(parseMargin(text)).toBeNull();
  });
});
