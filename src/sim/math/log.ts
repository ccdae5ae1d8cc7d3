/**
 * The natural logarithm, the same double on every JavaScript engine: a port of fdlibm's
 * `__ieee754_log`.
 *
 * Engines do not agree on Math.log (Node 20's V8 uses fdlibm, Chromium 156's V8 another library,
 * differing in the last bit for a few arguments in a hundred). Here the logarithm is computed from
 * the double's bits and from additions, multiplications and divisions alone, which IEEE 754 and
 * ECMAScript define to the bit. The result equals fdlibm's (and so Node 20's Math.log) for every
 * argument; its error is below one unit in the last place.
 *
 * Method (fdlibm): x = 2^k·(1 + f) with √2/2 ≤ 1 + f < √2; log(1 + f) = 2s + 2s³/3 + … with
 * s = f/(2 + f), the series replaced by a Remez polynomial; log x = k·ln2 + log(1 + f). fdlibm
 * writes the exponent bits to bring x into that range; multiplying by 2^-k is the same and exact.
 *
 * Why the shape: as in exp.ts, `log` passes its argument and result through a shared slot so that
 * no call allocates (slot.ts), and the coefficients are literals. Subnormal and very large arguments
 * are scaled into the middle of the range first; 1 + f within 2^-20 of 1 goes to `logNearOne`.
 *
 * @license fdlibm: Copyright (C) 1993, 2004 by Sun Microsystems, Inc. All rights reserved.
 * Developed at SunSoft, a Sun Microsystems, Inc. business. Permission to use, copy, modify, and
 * distribute this software is freely granted, provided that this notice is preserved.
 */
import { highWord } from './floatWords.ts';
import { POWER_OF_TWO_OFFSET, POWERS_OF_TWO } from './powersOfTwo.ts';
import { SLOT_HIGH, slot, slotWords } from './slot.ts';

const LN2_HI = 6.93147180369123816490e-1; // 0x3fe62e42 fee00000: k·LN2_HI is exact for every k
const LN2_LO = 1.90821492927058770002e-10;

export function log(x: number): number {
  const numbers = slot; // read once: the wrapper must stay within the engine's always-inline size
  numbers[0] = x;
  logInSlot();
  return numbers[0];
}

/** Replaces x in the slot by log x. */
function logInSlot(): void {
  let x = slot[0];
  let high = slotWords[SLOT_HIGH];
  let scale = 0;
  // The middle: from the smallest normal number (high word 0x00100000) to 2^1022 (0x7fd00000).
  if (high < 0x00100000 || high >= 0x7fd00000) {
    if (!(x > 0 && x < Infinity)) {
      slot[0] = x === 0 ? -Infinity : x > 0 ? x : Number.NaN; // ±0, +∞, negative or NaN
      return;
    }
    // A subnormal or very large x, scaled into the middle by 2^±54.
    scale = high < 0x00100000 ? -54 : 54;
    x *= high < 0x00100000 ? 1.8014398509481984e16 : 5.551115123125783e-17;
    high = highWord(x);
  }
  // fdlibm's branches depend on the top 20 bits of the significand.
  const top = high & 0x000fffff;
  // The exponent of x, plus 1 when the significand is at least √2 (about 0x6a09e in the top bits).
  const exponent = (high >> 20) - 1023 + (((top + 0x95f64) & 0x100000) >> 20);
  const f = x * POWERS_OF_TWO[-exponent + POWER_OF_TWO_OFFSET] - 1;
  const k = exponent + scale;
  if (((2 + top) & 0x000fffff) < 3) {
    slot[0] = logNearOne(f, k);
    return;
  }
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const r =
    z * (6.666666666666735130e-1 + w * (2.857142874366239149e-1 + w * (1.818357216161805012e-1 + w * 1.479819860511658591e-1))) +
    w * (3.999999999940941908e-1 + w * (2.222219843214978396e-1 + w * 1.531383769920937332e-1));
  // fdlibm has shorter forms for k = 0; they give the same doubles as these with k = 0.
  if (((top - 0x6147a) | (0x6b851 - top)) > 0) {
    const halfSquare = 0.5 * f * f;
    slot[0] = k * LN2_HI - ((halfSquare - (s * (halfSquare + r) + k * LN2_LO)) - f);
  } else {
    slot[0] = k * LN2_HI - ((s * (f - r) - k * LN2_LO) - f);
  }
}

/** log(2^k·(1 + f)) for |f| < 2^-20. */
function logNearOne(f: number, k: number): number {
  if (f === 0) return k === 0 ? 0 : k * LN2_HI + k * LN2_LO;
  const r = f * f * (0.5 - 0.33333333333333333 * f);
  return k === 0 ? f - r : k * LN2_HI - ((r - k * LN2_LO) - f);
}
