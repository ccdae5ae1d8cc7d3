/**
 * e^x, the same double on every JavaScript engine, by fdlibm's method (`__ieee754_exp`).
 *
 * Engines do not agree on Math.exp: Node 20's V8 uses fdlibm, Chromium 156's V8 another library,
 * and they differ in the last bit for about one argument in ten. A seeded run must give the same
 * numbers everywhere, so the core computes e^x here from additions, multiplications, divisions and
 * Math.round alone, which IEEE 754 and ECMAScript define to the bit.
 *
 * Method (fdlibm): x = k·ln2 + r with |r| ≤ ln2/2 (ln2 in two parts, so that k·ln2_hi is exact),
 * e^r from fdlibm's rational approximation, whose polynomial was fitted by Remez, then scaled by
 * 2^k. Two changes make it faster in JavaScript, where the core calls it a few hundred thousand
 * times a run: k is Math.round(x/ln2) instead of a truncation after adding ±½, and the polynomial
 * is evaluated in two halves at once (Estrin) rather than in one chain (Horner). Each changes
 * the result by a rounding now and then: it equals fdlibm's (and so Node 20's Math.exp) but for
 * about one argument in a few thousand, which differ by one unit in the last place. The
 * coefficients are literals, which the engine folds into its code.
 *
 * @license fdlibm: Copyright (C) 1993, 2004 by Sun Microsystems, Inc. All rights reserved.
 * Developed at SunSoft, a Sun Microsystems, Inc. business. Permission to use, copy, modify, and
 * distribute this software is freely granted, provided that this notice is preserved.
 */
import { fromWords } from './floatWords.ts';
import { POWER_OF_TWO_OFFSET, POWERS_OF_TWO } from './powersOfTwo.ts';

/** Below this |x| (2^-28; fdlibm: high word below 0x3e300000), e^x rounds to 1 + x. */
const TINY_BELOW = fromWords(0x3e300000, 0);
/** Above this e^x overflows to Infinity (fdlibm's o_threshold). */
const OVERFLOW_THRESHOLD = 7.09782712893383973096e2;
/** Below this e^x underflows to 0 (fdlibm's u_threshold). */
const UNDERFLOW_THRESHOLD = -7.45133219101941108420e2;
/** Below this |x|, e^x and e^-x are normal doubles and k stays within ±1021. */
const ORDINARY_BELOW = 708;

export function exp(x: number): number {
  const magnitude = Math.abs(x);
  if (magnitude < TINY_BELOW) return 1 + x;
  if (!(magnitude < ORDINARY_BELOW) && !(x >= UNDERFLOW_THRESHOLD && x <= OVERFLOW_THRESHOLD)) {
    return x !== x ? x : x > 0 ? Infinity : 0; // NaN, overflow, underflow
  }
  // x = k·ln2 + r, |r| ≤ ln2/2; k·ln2_hi is exact, ln2_lo is the rest of ln2.
  const k = Math.round(1.44269504088896338700 * x);
  const hi = x - k * 6.93147180369123816490e-1;
  const lo = k * 1.90821492927058770002e-10;
  const r = hi - lo;
  const t = r * r;
  const t2 = t * t;
  const c =
    r -
    t *
      (1.66666666666666019037e-1 +
        t * -2.77777777770155933842e-3 +
        t2 * (6.61375632143793436117e-5 + t * -1.65339022054652515390e-6 + t2 * 4.13813679705723846039e-8));
  // e^r, a number near 1, which fdlibm scales by adding k to its exponent: multiplying by 2^k is
  // the same, and exact.
  const nearOne = 1 - ((lo - (r * c) / (2 - c)) - hi);
  return magnitude < ORDINARY_BELOW ? nearOne * POWERS_OF_TWO[k + POWER_OF_TWO_OFFSET] : scaledFar(nearOne, k);
}

/**
 * nearOne·2^k for the k of |x| ≥ 708, as fdlibm gets it by adding k to the exponent: exact down
 * to k = −1021; 2^1024 (not a double) in two steps; below, a subnormal result rounded once, by
 * scaling with 2^(k+1000) and then 2^-1000.
 */
function scaledFar(nearOne: number, k: number): number {
  if (k > 1023) return nearOne * 2 * POWERS_OF_TWO[k - 1 + POWER_OF_TWO_OFFSET];
  if (k >= -1021) return nearOne * POWERS_OF_TWO[k + POWER_OF_TWO_OFFSET];
  return nearOne * POWERS_OF_TWO[k + 1000 + POWER_OF_TWO_OFFSET] * POWERS_OF_TWO[-1000 + POWER_OF_TWO_OFFSET];
}
