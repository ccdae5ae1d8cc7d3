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

// __kernel_cos (k_cos.c): cos(x) ≈ 1 − x²/2 + x⁴·(C1 + x²·C2 + …) on |x| ≤ π/4.
const C1 = 4.16666666666666019037e-2;
const C2 = -1.38888888888741095749e-3;
const C3 = 2.48015872894767294178e-5;
const C4 = -2.75573143513906633035e-7;
const C5 = 2.08757232129817482790e-9;
const C6 = -1.13596475577881948265e-11;

// __kernel_sin (k_sin.c): sin(x) ≈ x + x³·(S1 + x²·S2 + …) on |x| ≤ π/4.
const S1 = -1.66666666666666324348e-1;
const S2 = 8.33333333332248946124e-3;
const S3 = -1.98412698298579493134e-4;
const S4 = 2.75573137070700676789e-6;
const S5 = -2.50507602534068634195e-8;
const S6 = 1.58969099521155010221e-10;

function kernelCos(x: number): number {
  const z = x * x;
  const w = z * z;
  const r = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
  const halfZ = 0.5 * z;
  const oneMinus = 1 - halfZ;
  return oneMinus + (((1 - oneMinus) - halfZ) + z * r);
}

function kernelSin(x: number): number {
  const z = x * x;
  const w = z * z;
  const r = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6);
  return x + z * x * (S1 + z * r);
}

/** cos(2π·turns) for any finite `turns`; NaN for NaN or an infinite argument. */
export function cosOfTurns(turns: number): number {
  const quarters = Math.round(turns * 4); // turns·4 is exact, and so is its rounding
  const angle = (turns - quarters * 0.25) * TWO_PI; // the difference is exact; |angle| ≤ π/4
  const quadrant = quarters - 4 * Math.floor(quarters * 0.25); // 0 to 3, exact for any whole number
  if (quadrant === 0) return kernelCos(angle);
  if (quadrant === 1) return -kernelSin(angle);
  if (quadrant === 2) return -kernelCos(angle);
  return kernelSin(angle);
}
