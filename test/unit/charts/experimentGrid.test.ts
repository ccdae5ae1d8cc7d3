/**
 * The experiment heatmap's numbers (src/app/charts/experimentGrid.ts): cell colours that centre
 * B − A on the PuOr midpoint, ink that reads on them, and the zero contour in grid coordinates
 * (column and row units between cell centres), with a value of exactly 0 counting as "B pays".
 */
import { describe, expect, it } from 'vitest';
import { interpolatePuOr, interpolateViridis } from 'd3-scale-chromatic';
import {
  type CellGrid,
  type GridLine,
  colourScale,
  textColourOn,
  zeroContour,
  zeroCrossings,
} from '../../../src/app/charts/experimentGrid.ts';

const PURPLE_END = interpolatePuOr(0);
const MIDPOINT = interpolatePuOr(0.5);
const ORANGE_END = interpolatePuOr(1);

/** grid[y][x] = f(x, y) on nx columns and ny rows. */
function gridOf(nx: number, ny: number, f: (x: number, y: number) => number): CellGrid {
  return Array.from({ length: ny }, (_, y) => Array.from({ length: nx }, (_, x) => f(x, y)));
}

/** Points rounded to 1e-9, so that interpolated coordinates compare exactly. */
function rounded(line: GridLine): GridLine {
  return line.map(([x, y]) => [Math.round(x * 1e9) / 1e9, Math.round(y * 1e9) / 1e9]);
}

describe('colourScale, diverging (B − A)', () => {
  it('maps 0 to the PuOr midpoint, losses to the orange end and gains to the purple end', () => {
    const colour = colourScale([-5, 1], true);
    expect(colour(0)).toBe(MIDPOINT);
    expect(colour(-5)).toBe(ORANGE_END);
    expect(colour(5)).toBe(PURPLE_END);
    expect(colour(-5)).not.toBe(colour(5));
    expect(colour(-5)).toMatch(/^rgb\(/);
  });

  it('is symmetric about 0 whatever the values: +1 is as far from the midpoint as −1', () => {
    const colour = colourScale([-5, 1], true);
    // A domain of [−5, 1] would have put 1 at the purple end; the symmetric one puts it a fifth of the way.
    expect(colour(1)).not.toBe(PURPLE_END);
    expect(colour(1)).toBe(interpolatePuOr(0.4));
    expect(colour(-1)).toBe(interpolatePuOr(0.6));
  });

  it('clamps values beyond the largest |value|', () => {
    const colour = colourScale([-5, 1], true);
    expect(colour(-50)).toBe(ORANGE_END);
    expect(colour(50)).toBe(PURPLE_END);
  });

  it('gives one colour, the midpoint, for all-zero values and for none', () => {
    expect(() => colourScale([0, 0, 0], true)).not.toThrow();
    const allZero = colourScale([0, 0, 0], true);
    expect(new Set([0, 0, 0].map(allZero))).toEqual(new Set([MIDPOINT]));
    expect(colourScale([], true)(0)).toBe(MIDPOINT);
  });
});

describe('colourScale, sequential', () => {
  it('maps the smallest and largest values to the viridis ends', () => {
    const colour = colourScale([4, 2, 10, 7], false);
    expect(colour(2)).toBe(interpolateViridis(0));
    expect(colour(10)).toBe(interpolateViridis(1));
    expect(colour(6)).toBe(interpolateViridis(0.5));
  });

  it('gives the middle colour for all when every value is the same, or there is none', () => {
    const constant = colourScale([3, 3], false);
    expect(constant(3)).toBe(interpolateViridis(0.5));
    expect(constant(100)).toBe(interpolateViridis(0.5));
    expect(colourScale([], false)(1)).toBe(interpolateViridis(0.5));
  });
});

describe('textColourOn', () => {
  it('writes white on dark purple and the start of viridis', () => {
    expect(textColourOn(PURPLE_END)).toBe('#ffffff');
    expect(textColourOn(interpolateViridis(0))).toBe('#ffffff');
    expect(textColourOn('#000')).toBe('#ffffff');
  });

  it('writes black on yellow, the end of viridis and the PuOr midpoint', () => {
    expect(textColourOn('#ffff00')).toBe('#000000');
    expect(textColourOn(interpolateViridis(1))).toBe('#000000');
    expect(textColourOn(MIDPOINT)).toBe('#000000');
    expect(textColourOn('rgb(255, 255, 255)')).toBe('#000000');
  });

  it('rejects a colour it cannot read', () => {
    expect(() => textColourOn('purple')).toThrow(RangeError);
  });
});

describe('zeroContour', () => {
  it('draws x − 1.5 on a 4 × 3 grid as one vertical line at x = 1.5, top to bottom', () => {
    const lines = zeroContour(gridOf(4, 3, (x) => x - 1.5));
    expect(lines.map(rounded)).toEqual([
      [
        [1.5, 0],
        [1.5, 1],
        [1.5, 2],
      ],
    ]);
  });

  it('draws x + y − 2 as one diagonal line through (0, 2), (1, 1), (2, 0)', () => {
    const lines = zeroContour(gridOf(3, 3, (x, y) => x + y - 2));
    expect(lines.map(rounded)).toEqual([
      [
        [0, 2],
        [1, 1],
        [2, 0],
      ],
    ]);
  });

  it('draws a positive bump among negatives as one closed loop', () => {
    const lines = zeroContour(gridOf(3, 3, (x, y) => (x === 1 && y === 1 ? 1 : -1)));
    expect(lines).toHaveLength(1);
    const [loop] = lines.map(rounded);
    expect(loop[0]).toEqual(loop[loop.length - 1]);
    expect(new Set(loop.map(([x, y]) => `${x},${y}`))).toEqual(new Set(['0.5,1', '1,0.5', '1.5,1', '1,1.5']));
    expect(loop).toHaveLength(5);
  });

  it('gives no line when every value is on one side', () => {
    expect(zeroContour(gridOf(4, 3, () => 2))).toEqual([]);
    expect(zeroContour(gridOf(4, 3, () => -2))).toEqual([]);
  });

  it('gives no line for one row, one column or no cells', () => {
    expect(zeroContour([[-1, 1, 2]])).toEqual([]);
    expect(zeroContour([[-1], [1], [2]])).toEqual([]);
    expect(zeroContour([])).toEqual([]);
  });

  it('breaks the line at a null cell, keeping it out of the squares that touch the cell', () => {
    const grid = gridOf(4, 5, (x) => x - 1.5);
    grid[2][1] = null;
    const lines = zeroContour(grid).map(rounded);
    // The squares touching (1, 2) span rows 1 to 3: the line stops at row 1 and starts again at row 3.
    expect(lines).toEqual([
      [
        [1.5, 0],
        [1.5, 1],
      ],
      [
        [1.5, 3],
        [1.5, 4],
      ],
    ]);
    for (const line of lines) {
      for (const [, y] of line) expect(y <= 1 || y >= 3).toBe(true);
    }
  });

  it('counts a value of exactly 0 as "B pays": the line runs through zero cells next to negatives', () => {
    expect(zeroContour([
      [-1, 0],
      [-1, 0],
    ])).toEqual([
      [
        [1, 0],
        [1, 1],
      ],
    ]);
    expect(zeroContour([
      [0, 1],
      [0, 1],
    ])).toEqual([]);
  });

  it('resolves a saddle by the mean of its corners', () => {
    // Mean 0 (not negative): the positive corners join through the centre, each negative corner is cut off.
    const evenSaddle = zeroContour([
      [1, -1],
      [-1, 1],
    ]).map(rounded);
    expect(evenSaddle).toEqual([
      [
        [0, 0.5],
        [0.5, 1],
      ],
      [
        [0.5, 0],
        [1, 0.5],
      ],
    ]);
    // Mean −0.5: the negative corners join, each positive corner is cut off.
    const negativeSaddle = zeroContour([
      [1, -2],
      [-2, 1],
    ]).map(rounded);
    const third = Math.round((1 / 3) * 1e9) / 1e9;
    const twoThirds = Math.round((2 / 3) * 1e9) / 1e9;
    expect(negativeSaddle).toEqual([
      [
        [0, third],
        [third, 0],
      ],
      [
        [twoThirds, 1],
        [1, twoThirds],
      ],
    ]);
  });

  it('joins the segments of a long contour into one polyline, whatever its shape', () => {
    // A circle of radius 3.2 around (5, 5) on an 11 × 11 grid: one closed loop, no stray pieces.
    const lines = zeroContour(gridOf(11, 11, (x, y) => Math.hypot(x - 5, y - 5) - 3.2));
    expect(lines).toHaveLength(1);
    const [loop] = lines;
    expect(loop[0]).toEqual(loop[loop.length - 1]);
    expect(loop.length).toBeGreaterThan(16);
    for (const [x, y] of loop) expect(Math.abs(Math.hypot(x - 5, y - 5) - 3.2)).toBeLessThan(0.25);
  });
});

describe('zeroCrossings', () => {
  it('finds the crossing of a rising line halfway between its neighbours', () => {
    expect(zeroCrossings([-2, -1, 1, 2])).toEqual([1.5]);
  });

  it('finds every crossing, in order', () => {
    expect(zeroCrossings([1, -1, 1])).toEqual([0.5, 1.5]);
    expect(zeroCrossings([-3, 1])).toEqual([0.75]);
  });

  it('counts 0 as "B pays": zero next to positives is no crossing, next to negatives a crossing at the zero', () => {
    expect(zeroCrossings([0, 1])).toEqual([]);
    expect(zeroCrossings([-1, 0])).toEqual([1]);
    expect(zeroCrossings([0, -1])).toEqual([0]);
    expect(zeroCrossings([-1, 0, -1])).toEqual([1]);
  });

  it('skips nulls as gaps, interpolating nothing across them', () => {
    expect(zeroCrossings([-1, null, 1])).toEqual([]);
    expect(zeroCrossings([-1, 1, null, 1, -1])).toEqual([0.5, 3.5]);
    expect(zeroCrossings([])).toEqual([]);
  });
});
