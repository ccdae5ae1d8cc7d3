/**
 * "Simulate your business": a fitted purchase model mapped onto the simulation's parameters, with
 * where each value came from, what had to be clamped into the model's range and what the fit
 * says nothing about. BG/NBD maps onto purchase rates Gamma(r, α) and the purchase-linked dropout
 * Beta(a, b), with the time-based drift off; Pareto/NBD onto the same rates and the weekly drift
 * Beta(α, β) whose survival matches its exponential lifetimes Gamma(s, β) over three years.
 * In split mode a customer buys only their share of wallet from us, so the category rate is the
 * fitted rate over the share at parity. Gamma-Gamma's mean spend is the basket. Time in weeks.
 */
import betaln from '@stdlib/math-base-special-betaln';
import { startingWalletShare } from '../../sim/model/startingWalletShare.ts';
import { defaultParams, paramDef, type ParamKey, type Params } from '../../sim/params/schema.ts';
import type { BgNbdParameters } from './bgnbd.ts';
import type { GammaGammaParameters } from './gammaGamma.ts';
import { nelderMead } from './nelderMead.ts';
import type { ParetoNbdParameters } from './paretoNbd.ts';
import { exp, log, pow } from '../../sim/math/index.ts';

export interface MappedValue {
  key: ParamKey;
  value: number | boolean;
  /** Where the value comes from, in words with the numbers. */
  from: string;
}

export interface Calibration {
  /** The parameters to set, as the sandbox, a saved set-up and the CLI's --set take them. */
  set: Partial<Record<ParamKey, number | boolean>>;
  mapped: MappedValue[];
  /** Values the fit asked for outside the model's range, and the value used instead. */
  clamped: { key: ParamKey; wanted: number; used: number }[];
}

/** Weeks over which a Pareto/NBD lifetime and the model's weekly drift are made to agree. */
export const DRIFT_MATCH_WEEKS = 156;

const format = (value: number) => Number(value.toPrecision(4)).toString();

class CalibrationBuilder {
  readonly calibration: Calibration = { set: {}, mapped: [], clamped: [] };

  number(key: ParamKey, wanted: number, from: string): void {
    const def = paramDef(key);
    if (def.kind !== 'number' && def.kind !== 'integer') throw new Error(`${key} is not a number`);
    const low = def.min;
    const high = def.max;
    const used = Math.min(high, Math.max(low, wanted));
    if (used !== wanted) this.calibration.clamped.push({ key, wanted, used });
    this.calibration.set[key] = used;
    this.calibration.mapped.push({ key, value: used, from });
  }

  flag(key: ParamKey, value: boolean, from: string): void {
    this.calibration.set[key] = value;
    this.calibration.mapped.push({ key, value, from });
  }
}

function purchaseRates(builder: CalibrationBuilder, r: number, alpha: number, base: Params): void {
  const share = startingWalletShare(base);
  builder.number('purchases.rateShape', r, `r = ${format(r)}: how unequal customers' purchase rates are`);
  builder.number(
    'purchases.ratePerWeek',
    r / alpha / share,
    share === 1 ? `the mean rate r/α = ${format(r / alpha)} a week` : `the mean rate r/α = ${format(r / alpha)} a week, over the share of wallet at parity (${format(share)})`,
  );
}

function basket(builder: CalibrationBuilder, spend: GammaGammaParameters | null): void {
  if (spend && spend.q > 1) builder.number('purchases.basket', (spend.p * spend.v) / (spend.q - 1), `Gamma-Gamma's mean spend pv/(q − 1)`);
}

/** The simulation's parameters for a BG/NBD fit (and a Gamma-Gamma fit of spend, if any). */
export function calibrateFromBgNbd(fit: BgNbdParameters, spend: GammaGammaParameters | null = null, base: Params = defaultParams()): Calibration {
  const builder = new CalibrationBuilder();
  purchaseRates(builder, fit.r, fit.alpha, base);
  builder.flag('churn.dropoutEnabled', true, 'BG/NBD: a customer may drop out after each purchase');
  builder.number('churn.dropoutA', fit.a, `a = ${format(fit.a)}`);
  builder.number('churn.dropoutB', fit.b, `b = ${format(fit.b)}`);
  builder.number('churn.alpha', 0, 'BG/NBD has no drifting away between purchases: the weekly drift is off');
  basket(builder, spend);
  return builder.calibration;
}

/**
 * The weekly drift Beta(α, β) whose survival B(α, β + t)/B(α, β) is closest, in the largest gap
 * over weeks 1 … DRIFT_MATCH_WEEKS, to Pareto/NBD's (β/(β + t))^s.
 */
export function driftMatchingPareto(s: number, beta: number): { alpha: number; beta: number; largestGap: number } {
  const gap = (driftAlpha: number, driftBeta: number) => {
    let largest = 0;
    for (let t = 1; t <= DRIFT_MATCH_WEEKS; t++) {
      const drift = exp(betaln(driftAlpha, driftBeta + t) - betaln(driftAlpha, driftBeta));
      largest = Math.max(largest, Math.abs(drift - pow(beta / (beta + t), s)));
    }
    return largest;
  };
  const best = nelderMead(([logAlpha, logBeta]) => gap(exp(logAlpha!), exp(logBeta!)), [log(s), log(beta)], { step: 0.1 });
  return { alpha: exp(best.x[0]!), beta: exp(best.x[1]!), largestGap: best.value };
}

/** The simulation's parameters for a Pareto/NBD fit (and a Gamma-Gamma fit of spend, if any). */
export function calibrateFromParetoNbd(fit: ParetoNbdParameters, spend: GammaGammaParameters | null = null, base: Params = defaultParams()): Calibration {
  const builder = new CalibrationBuilder();
  purchaseRates(builder, fit.r, fit.alpha, base);
  builder.flag('churn.dropoutEnabled', false, 'Pareto/NBD: customers leave at any time, not after a purchase');
  const drift = driftMatchingPareto(fit.s, fit.beta);
  const matched = `the weekly drift whose survival matches lifetimes Gamma(s = ${format(fit.s)}, β = ${format(fit.beta)}) within ${format(drift.largestGap)} over ${DRIFT_MATCH_WEEKS} weeks`;
  builder.number('churn.alpha', drift.alpha, matched);
  builder.number('churn.beta', drift.beta, matched);
  basket(builder, spend);
  return builder.calibration;
}

/** What a calibration leaves to the model's defaults: every mechanism the fit cannot see. */
export const LEFT_AT_DEFAULTS =
  'The market, marketing, service failures, complaints, satisfaction, the relationship\'s growth, the rival and every policy keep their defaults: a purchase history says nothing about them, and they act on top of the fitted process as the levers to try.';
