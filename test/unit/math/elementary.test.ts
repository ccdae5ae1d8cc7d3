/**
 * The core's elementary functions (src/sim/math): as accurate as the engine's own Math functions,
 * right at the edges of their ranges, and fixed to the bit. The recorded fingerprints are what
 * every engine must compute (test/browser/engines.test.ts checks Chromium against Node); a change
 * to them changes seeded results, so it must come with a new MODEL_VERSION.
 */
import { describe, expect, it } from 'vitest';
import { cosOfTurns, exp, expForFloat32, log, pow } from '../../../src/sim/math/index.ts';
import { mathFingerprints } from '../../support/fingerprints.ts';

const bits = new DataView(new ArrayBuffer(8));

/** How many representable doubles lie between a and b (0 when identical). */
function unitsApart(a: number, b: number): number {
  if (Object.is(a, b)) return 0;
  if (!Number.isFinite(a) || !Number.isFinite(b) || Math.sign(a) !== Math.sign(b)) return Infinity;
  bits.setFloat64(0, Math.abs(a));
  const ia = bits.getBigUint64(0);
  bits.setFloat64(0, Math.abs(b));
  const ib = bits.getBigUint64(0);
  return Number(ia > ib ? ia - ib : ib - ia);
}

/** A reproducible stream of uniform numbers in [0, 1). */
function uniforms(count: number, seed: number): number[] {
  let state = seed >>> 0;
  return Array.from({ length: count }, () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  });
}

function worstUnits(args: number[], ours: (x: number) => number, reference: (x: number) => number): number {
  return Math.max(...args.map((x) => unitsApart(ours(x), reference(x))));
}

describe('exp', () => {
  it('is within one unit in the last place of the engine’s Math.exp over the whole range', () => {
    const wide = uniforms(50_000, 1).map((u) => (u - 0.5) * 1490);
    const near = uniforms(50_000, 2).map((u) => (u - 0.5) * 8);
    expect(worstUnits([...wide, ...near], exp, Math.exp)).toBeLessThanOrEqual(1);
  });

  it('gives the edge values of the range', () => {
    expect(exp(0)).toBe(1);
    expect(exp(-0)).toBe(1);
    expect(exp(1e-300)).toBe(1);
    expect(exp(Infinity)).toBe(Infinity);
    expect(exp(-Infinity)).toBe(0);
    expect(exp(Number.NaN)).toBeNaN();
    expect(exp(709.78)).toBe(Math.exp(709.78));
    expect(exp(709.79)).toBe(Infinity);
    expect(exp(-745.13)).toBe(5e-324);
    expect(exp(-745.14)).toBe(0);
    expect(unitsApart(exp(-720), Math.exp(-720))).toBeLessThanOrEqual(1);
  });
});

describe('expForFloat32', () => {
  it('is within 3·10⁻¹⁰ of e^x, relatively, so that as a 32-bit float it is e^x or a neighbour', () => {
    const args = uniforms(100_000, 9).map((u) => (u - 0.5) * 1400);
    const worst = Math.max(...args.map((x) => Math.abs(expForFloat32(x) / Math.exp(x) - 1)));
    expect(worst).toBeLessThan(3e-10);
    const singles = args.slice(0, 20_000).map((x) => unitsApart(Math.fround(expForFloat32(x)), Math.fround(Math.exp(x))));
    expect(Math.max(...singles)).toBeLessThanOrEqual(1);
  });

  it('gives the edge values of the range as exp does', () => {
    for (const x of [0, -0, Infinity, -Infinity, 709.78, 709.79, -745.13, -745.14]) expect(expForFloat32(x)).toBe(exp(x));
    expect(expForFloat32(Number.NaN)).toBeNaN();
  });
});

describe('log', () => {
  it('is within one unit in the last place of the engine’s Math.log over the whole range', () => {
    const draws = uniforms(50_000, 3).map((u) => u + 2 ** -33);
    const wide = uniforms(50_000, 4).map((u) => Math.exp((u - 0.5) * 1400));
    expect(worstUnits([...draws, ...wide], log, Math.log)).toBeLessThanOrEqual(1);
  });

  it('gives the edge values of the range', () => {
    expect(log(1)).toBe(0);
    expect(log(0)).toBe(-Infinity);
    expect(log(-0)).toBe(-Infinity);
    expect(log(-1)).toBeNaN();
    expect(log(Number.NaN)).toBeNaN();
    expect(log(Infinity)).toBe(Infinity);
    expect(log(Math.E)).toBeCloseTo(1, 15);
    expect(unitsApart(log(5e-324), Math.log(5e-324))).toBeLessThanOrEqual(1);
    expect(unitsApart(log(Number.MAX_VALUE), Math.log(Number.MAX_VALUE))).toBeLessThanOrEqual(1);
    expect(unitsApart(log(1 + 2 ** -30), Math.log(1 + 2 ** -30))).toBeLessThanOrEqual(1);
  });
});

describe('pow', () => {
  it('keeps its stated accuracy: relative error within |exponent · ln base| + 2 units in the last place', () => {
    const bases = uniforms(50_000, 5).map((u) => u * 3);
    const exponents = uniforms(50_000, 6).map((u) => (u - 0.5) * 60);
    const worst = Math.max(
      ...bases.map((base, i) => {
        const exponent = exponents[i];
        const expected = Math.pow(base, exponent);
        if (!Number.isFinite(expected) || expected === 0) return 0;
        return Math.abs(pow(base, exponent) / expected - 1) / 2 ** -52 / (Math.abs(exponent * Math.log(base)) + 2);
      }),
    );
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('gives the edge values the model meets', () => {
    expect(pow(0.3, 0)).toBe(1);
    expect(pow(0, 0)).toBe(1);
    expect(pow(0, 2)).toBe(0);
    expect(pow(0, -1)).toBe(Infinity);
    expect(pow(1, 1e6)).toBe(1);
    expect(pow(-2, 2)).toBeNaN();
    expect(pow(2, 10)).toBeCloseTo(1024, 10);
  });
});

describe('cosOfTurns', () => {
  it('is within one unit in the last place of Math.cos of the same angle reduced to the first octant', () => {
    const turns = uniforms(50_000, 7);
    const reference = (t: number) => {
      const quarters = Math.round(t * 4);
      const angle = (t - quarters / 4) * 2 * Math.PI;
      return [Math.cos(angle), -Math.sin(angle), -Math.cos(angle), Math.sin(angle)][((quarters % 4) + 4) % 4];
    };
    expect(worstUnits(turns, cosOfTurns, reference)).toBeLessThanOrEqual(1);
  });

  it('is exact at the quarter turns, even and periodic', () => {
    expect(cosOfTurns(0)).toBe(1);
    expect(cosOfTurns(0.5)).toBe(-1);
    expect(cosOfTurns(1)).toBe(1);
    expect(Math.abs(cosOfTurns(0.25))).toBe(0);
    expect(Math.abs(cosOfTurns(0.75))).toBe(0);
    for (const t of uniforms(1000, 8)) {
      expect(cosOfTurns(-t)).toBe(cosOfTurns(t));
      expect(cosOfTurns(t + 3)).toBe(cosOfTurns(t));
    }
    expect(cosOfTurns(Infinity)).toBeNaN();
  });
});

describe('the fixed bits', () => {
  it('match the recorded fingerprints (a change here needs a new MODEL_VERSION)', () => {
    expect(mathFingerprints()).toEqual({ exp: '569d4ab4', expForFloat32: 'e023f6ae', log: '87507473', pow: '009500d6', cosOfTurns: 'd5977055' });
  });
});
