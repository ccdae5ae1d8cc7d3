/**
 * e^x for a number that will be kept as a 32-bit float, the same double on every engine.
 *
 * The model caches a few exponentials per person in Float32Arrays (the rival's pull, the
 * drifting-away hazard, the price appeal), which keep 24 bits: a relative step of 6·10⁻⁸. For
 * those the full-precision exp (exp.ts) spends its division and its care on bits that are thrown
 * away. This computes the same reduction, x = k·ln2 + r with |r| ≤ ln2/2, and then e^r by its
 * Taylor polynomial to r⁸/8!, with no division: the relative error is below 3·10⁻¹⁰ (the first
 * term left out, r⁹/9!·e^r), under a two-hundredth of the float's step. Measured in the classroom
 * run, where these are refreshed after every purchase, it saves about 0.7 ms of 31.
 * Arguments beyond ±708 go to exp.
 */
import { exp } from './exp.ts';
import { POWER_OF_TWO_OFFSET, POWERS_OF_TWO } from './powersOfTwo.ts';

export function expForFloat32(x: number): number {
  if (!(Math.abs(x) < 708)) return exp(x);
  const k = Math.round(1.44269504088896338700 * x);
  const r = x - k * 6.93147180369123816490e-1 - k * 1.90821492927058770002e-10;
  const r2 = r * r;
  const r4 = r2 * r2;
  // 1 + r + r²/2! + … + r⁸/8!, in Estrin's order (independent halves, then combined).
  const nearOne =
    1 +
    r +
    r2 * (1 / 2 + r * (1 / 6)) +
    r4 * (1 / 24 + r * (1 / 120) + r2 * (1 / 720 + r * (1 / 5040)) + r4 * (1 / 40320));
  return nearOne * POWERS_OF_TWO[k + POWER_OF_TWO_OFFSET];
}
