/**
 * cos(2π·t) for t in turns (whole circles), the same double on every JavaScript engine.
 *
 * Engines do not agree on Math.cos (Node 20's V8 and Chromium 156's V8 differ in the last bit for
 * a few arguments in a hundred), and Box–Muller needs the cosine of a uniform angle. Measuring the
 * angle in turns makes the reduction to the first octant exact: t − q/4 for the nearest quarter q
 * is computed without rounding. The reduced angle, at most π/4, goes to fdlibm's kernels for sine
 * and cosine (in FreeBSD msun's revision, which needs no bit manipulation); they use additions,
 * multiplications and divisions alone, which IEEE 754 and ECMAScript define to the bit. The
 * result is within two units in the last place of the true cosine.
 *
 * @license fdlibm: Copyright (C) 1993, 2004 by Sun Microsystems, Inc. All rights reserved.
 * Developed at SunSoft, a Sun Microsystems, Inc. business. Permission to use, copy, modify, and
 * distribute this software is freely granted, provided that this notice is preserved.
 */

const TWO_PI = 2 * Math.PI;

/**
 * cos(2π·turns) for any finite `turns`; NaN for NaN or an infinite argument. The kernels are
 * written out in the branches rather than called: a called function returns its double boxed.
 */
export function cosOfTurns(turns: number): number {
  const quarters = Math.round(turns * 4); // turns·4 is exact, and so is its rounding
  const x = (turns - quarters * 0.25) * TWO_PI; // the difference is exact; |x| ≤ π/4
  const quadrant = quarters - 4 * Math.floor(quarters * 0.25); // 0 to 3, exact for any whole number
  const z = x * x;
  const w = z * z;
  if (quadrant === 0 || quadrant === 2) {
    // __kernel_cos (k_cos.c): cos x ≈ 1 − x²/2 + x⁴·(C1 + x²·C2 + …), in fdlibm's careful sum.
    const r =
      z * (4.16666666666666019037e-2 + z * (-1.38888888888741095749e-3 + z * 2.48015872894767294178e-5)) +
      w * w * (-2.75573143513906633035e-7 + z * (2.08757232129817482790e-9 + z * -1.13596475577881948265e-11));
    const halfZ = 0.5 * z;
    const oneMinus = 1 - halfZ;
    const cosine = oneMinus + (((1 - oneMinus) - halfZ) + z * r);
    return quadrant === 0 ? cosine : -cosine;
  }
  // __kernel_sin (k_sin.c): sin x ≈ x + x³·(S1 + x²·S2 + …).
  const r =
    8.33333333332248946124e-3 +
    z * (-1.98412698298579493134e-4 + z * 2.75573137070700676789e-6) +
    z * w * (-2.50507602534068634195e-8 + z * 1.58969099521155010221e-10);
  const sine = x + z * x * (-1.66666666666666324348e-1 + z * r);
  return quadrant === 1 ? -sine : sine;
}
