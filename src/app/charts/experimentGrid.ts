/**
 * The numbers behind the experiment view's heatmap of a two-parameter sweep: a colour for each
 * cell's median measure (in the measure's own unit, often "B − A cumulative profit" in dollars),
 * the ink that reads on that colour, and the zero contour ("where B stops paying") drawn over the
 * cells. A grid is `grid[yIndex][xIndex]`: x is the first parameter's value index (columns), y the
 * second's (rows), null where a cell has no result yet. Lines are in grid coordinates: x in column
 * units (0 = centre of the first column, nx − 1 = centre of the last), y in row units likewise,
 * so the component maps them to pixels with the same scales as the cell centres.
 *
 * Sign convention everywhere: a value exactly 0 counts as "B pays" (not negative). A crossing lies
 * between a value < 0 and a value ≥ 0, so a run of zeros next to negatives puts the line on the
 * last zero, and zeros next to positives give no line at all.
 *
 * The contour is a hand-written marching squares for the one level 0 rather than d3-contour's
 * `contours()`: that returns filled region polygons in cell-corner coordinates whose rings run
 * along the grid's border (edges that are not crossings and would have to be found and dropped),
 * offset half a cell from the cell centres, and it has no notion of a missing cell. Here each
 * crossing is keyed by the grid edge it lies on, so joining segments into polylines is exact.
 */
import { scaleDiverging, scaleSequential } from 'd3-scale';
import { interpolatePuOr, interpolateViridis } from 'd3-scale-chromatic';

/** Cell values: grid[yIndex][xIndex], null where the cell has no result yet. */
export type CellGrid = (number | null)[][];

/** A polyline in grid coordinates: x in column units (0 = centre of the first column, nx − 1 = centre of the last), y in row units likewise. */
export type GridLine = [number, number][];

// ---------------------------------------------------------------------------------------------
// Colours
// ---------------------------------------------------------------------------------------------

/**
 * PuOr turned round so that negative (B loses) is the orange end and positive (B pays) the
 * purple end; colour-blind safe, unlike red against blue.
 */
function orangeToPurple(t: number): string {
  return interpolatePuOr(1 - t);
}

/** The largest |value| of the finite values, or 1 when there is none or it is 0. */
export function symmetricExtent(values: readonly number[]): number {
  let largest = 0;
  for (const value of values) {
    if (Number.isFinite(value)) largest = Math.max(largest, Math.abs(value));
  }
  return largest > 0 ? largest : 1;
}

/** A colour for every value: diverging centred on 0 when `diverging` (for B − A), else sequential. */
export function colourScale(values: readonly number[], diverging: boolean): (value: number) => string {
  if (diverging) {
    const extent = symmetricExtent(values);
    const scale = scaleDiverging(orangeToPurple).domain([-extent, 0, extent]).clamp(true);
    return (value) => scale(value);
  }
  const finite = values.filter((value) => Number.isFinite(value));
  const lowest = Math.min(...finite);
  const highest = Math.max(...finite);
  if (finite.length === 0 || lowest === highest) {
    const middle = interpolateViridis(0.5);
    return () => middle;
  }
  const scale = scaleSequential(interpolateViridis).domain([lowest, highest]).clamp(true);
  return (value) => scale(value);
}

/** The red, green and blue channels (0–255) of "rgb(r, g, b)", "rgba(r, g, b, a)", "#rrggbb" or "#rgb". */
export function parseColour(colour: string): [number, number, number] {
  const text = colour.trim();
  const functional = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*[\d.]+\s*)?\)$/i.exec(text);
  if (functional) return [Number(functional[1]), Number(functional[2]), Number(functional[3])];
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(text);
  if (long) return [parseInt(long[1], 16), parseInt(long[2], 16), parseInt(long[3], 16)];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(text);
  if (short) return [parseInt(short[1] + short[1], 16), parseInt(short[2] + short[2], 16), parseInt(short[3] + short[3], 16)];
  throw new RangeError(`Not a colour this module reads: "${colour}"`);
}

/** WCAG 2 relative luminance (0 = black, 1 = white) of sRGB channels 0–255. */
export function relativeLuminance([red, green, blue]: readonly [number, number, number]): number {
  const linear = (channel: number): number => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

/** WCAG 2 contrast ratio (1–21) between two relative luminances. */
export function contrastRatio(luminanceA: number, luminanceB: number): number {
  const lighter = Math.max(luminanceA, luminanceB);
  const darker = Math.min(luminanceA, luminanceB);
  return (lighter + 0.05) / (darker + 0.05);
}

/** Black or white, whichever reads better on the background colour (WCAG relative luminance). */
export function textColourOn(background: string): '#000000' | '#ffffff' {
  const luminance = relativeLuminance(parseColour(background));
  // Ties go to black.
  return contrastRatio(luminance, 0) >= contrastRatio(luminance, 1) ? '#000000' : '#ffffff';
}

// ---------------------------------------------------------------------------------------------
// Zero crossings
// ---------------------------------------------------------------------------------------------

/** Whether a value is on the "B loses" side; 0 is not (it counts as "B pays"). */
function isNegative(value: number): boolean {
  return value < 0;
}

/**
 * Where zero lies between two values on opposite sides, as a fraction (0–1) of the way from the
 * first to the second; null when both are on the same side.
 */
export function crossingFraction(from: number, to: number): number | null {
  if (isNegative(from) === isNegative(to)) return null;
  return from / (from - to);
}

/**
 * Where a line of one-parameter values crosses zero, by linear interpolation between neighbouring points, in index units (e.g. 2.5 = halfway between the 3rd and 4th value). Nulls are skipped as gaps.
 *
 * A null breaks the line: no crossing is interpolated across it. A value touching zero from one
 * side (e.g. [−1, 0, −1]) gives its position once, not twice. Ascending.
 */
export function zeroCrossings(values: readonly (number | null)[]): number[] {
  const crossings: number[] = [];
  for (let index = 0; index + 1 < values.length; index++) {
    const from = values[index];
    const to = values[index + 1];
    if (from === null || to === null || !Number.isFinite(from) || !Number.isFinite(to)) continue;
    const fraction = crossingFraction(from, to);
    if (fraction === null) continue;
    const position = index + fraction;
    if (crossings.length === 0 || crossings[crossings.length - 1] !== position) crossings.push(position);
  }
  return crossings;
}

/** A grid edge between two neighbouring cell centres: "h:x:y" from (x, y) to (x + 1, y), "v:x:y" from (x, y) to (x, y + 1). */
type EdgeKey = string;

/** The segments of the zero line inside the squares of cell centres, as pairs of the edges they join. */
export interface ZeroSegments {
  /** Where the line crosses each crossed edge, in grid coordinates. */
  crossings: Map<EdgeKey, [number, number]>;
  segments: [EdgeKey, EdgeKey][];
}

/** The value of a cell, null where it has none (or is off a ragged grid, or not finite). */
function cellValue(grid: CellGrid, x: number, y: number): number | null {
  const value = grid[y]?.[x];
  return value === null || value === undefined || !Number.isFinite(value) ? null : value;
}

/**
 * Marching squares at level 0. Each square has the cell centres (x, y), (x + 1, y), (x + 1, y + 1)
 * and (x, y + 1) as corners and is skipped unless all four have values. A square crosses two of
 * its edges (one segment) or all four (a saddle: two segments). The saddle is resolved by the
 * mean of the four corners, taken as the value at the square's centre: when that is not negative
 * the non-negative corners are joined through the centre and each negative corner is cut off by
 * its own segment, and the other way round.
 */
export function zeroSegments(grid: CellGrid): ZeroSegments {
  const rows = grid.length;
  const columns = grid.reduce((widest, row) => Math.max(widest, row.length), 0);
  const crossings = new Map<EdgeKey, [number, number]>();
  const segments: [EdgeKey, EdgeKey][] = [];

  /** The key of the edge between two corners, recording its crossing; null when it is not crossed. */
  const crossedEdge = (x0: number, y0: number, v0: number, x1: number, y1: number, v1: number): EdgeKey | null => {
    const fraction = crossingFraction(v0, v1);
    if (fraction === null) return null;
    const key = `${y0 === y1 ? 'h' : 'v'}:${x0}:${y0}`;
    if (!crossings.has(key)) crossings.set(key, [x0 + fraction * (x1 - x0), y0 + fraction * (y1 - y0)]);
    return key;
  };

  for (let y = 0; y + 1 < rows; y++) {
    for (let x = 0; x + 1 < columns; x++) {
      const topLeft = cellValue(grid, x, y);
      const topRight = cellValue(grid, x + 1, y);
      const bottomRight = cellValue(grid, x + 1, y + 1);
      const bottomLeft = cellValue(grid, x, y + 1);
      if (topLeft === null || topRight === null || bottomRight === null || bottomLeft === null) continue;

      const top = crossedEdge(x, y, topLeft, x + 1, y, topRight);
      const right = crossedEdge(x + 1, y, topRight, x + 1, y + 1, bottomRight);
      const bottom = crossedEdge(x, y + 1, bottomLeft, x + 1, y + 1, bottomRight);
      const left = crossedEdge(x, y, topLeft, x, y + 1, bottomLeft);

      if (top !== null && right !== null && bottom !== null && left !== null) {
        const centreNegative = isNegative((topLeft + topRight + bottomRight + bottomLeft) / 4);
        // Cut off the corners on the side other than the centre's.
        if (isNegative(topLeft) !== centreNegative) {
          segments.push([top, left], [right, bottom]);
        } else {
          segments.push([top, right], [bottom, left]);
        }
        continue;
      }
      const crossed = [top, right, bottom, left].filter((edge): edge is EdgeKey => edge !== null);
      if (crossed.length === 2) segments.push([crossed[0], crossed[1]]);
    }
  }
  return { crossings, segments };
}

/** Whether point a comes before point b: by x, then by y. */
function pointBefore(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

function samePoint(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** The points without consecutive repeats (zero-length steps where the line passes through a cell whose value is exactly 0). */
function withoutRepeats(points: GridLine): GridLine {
  return points.filter((point, index) => index === 0 || !samePoint(point, points[index - 1]));
}

/**
 * One orientation for each line, so the output does not depend on the order of the walk: an open
 * line starts at its end that comes first by x then y; a closed loop starts (and ends) at its
 * point that comes first by x then y and goes on towards the earlier of that point's two neighbours.
 */
export function canonicalLine(line: GridLine): GridLine {
  const closed = line.length > 2 && samePoint(line[0], line[line.length - 1]);
  if (!closed) return pointBefore(line[line.length - 1], line[0]) ? [...line].reverse() : line;
  const ring = line.slice(0, -1);
  let start = 0;
  ring.forEach((point, index) => {
    if (pointBefore(point, ring[start])) start = index;
  });
  let rotated = [...ring.slice(start), ...ring.slice(0, start)];
  if (pointBefore(rotated[rotated.length - 1], rotated[1])) rotated = [rotated[0], ...rotated.slice(1).reverse()];
  return [...rotated, rotated[0]];
}

/**
 * Segments joined end to end into polylines through the edges they share. Every edge belongs to at
 * most two squares and to one segment in each, so the segments form paths and loops only. Open
 * paths are walked from one of their ends first; what is left are loops, which end where they start.
 */
export function joinSegments({ crossings, segments }: ZeroSegments): GridLine[] {
  const segmentsAt = new Map<EdgeKey, number[]>();
  segments.forEach(([from, to], index) => {
    for (const edge of [from, to]) {
      const list = segmentsAt.get(edge);
      if (list) list.push(index);
      else segmentsAt.set(edge, [index]);
    }
  });
  const used = new Array<boolean>(segments.length).fill(false);

  const walk = (startEdge: EdgeKey, firstSegment: number): EdgeKey[] => {
    const edges = [startEdge];
    let edge = startEdge;
    let segment: number | undefined = firstSegment;
    while (segment !== undefined) {
      used[segment] = true;
      const [from, to] = segments[segment];
      edge = from === edge ? to : from;
      edges.push(edge);
      if (edge === startEdge) break;
      segment = segmentsAt.get(edge)?.find((candidate) => !used[candidate]);
    }
    return edges;
  };

  const paths: EdgeKey[][] = [];
  for (const [edge, list] of segmentsAt) {
    if (list.length === 1 && !used[list[0]]) paths.push(walk(edge, list[0]));
  }
  segments.forEach(([from], index) => {
    if (!used[index]) paths.push(walk(from, index));
  });

  return paths
    .map((edges) => withoutRepeats(edges.map((edge) => crossings.get(edge) as [number, number])))
    .filter((line) => new Set(line.map(([x, y]) => `${x}:${y}`)).size >= 2)
    .map(canonicalLine)
    .sort((a, b) => (pointBefore(a[0], b[0]) ? -1 : pointBefore(b[0], a[0]) ? 1 : 0));
}

/**
 * The lines where the values cross zero, interpolated linearly between cell centres (marching squares at level 0). Cells that are null break the line there. Lines are joined end to end where they meet, so one contour is one polyline, not many segments.
 *
 * A loop's first point equals its last. Lines are ordered by their first point (x, then y). A grid
 * of one row or one column has no squares and gives [].
 */
export function zeroContour(grid: CellGrid): GridLine[] {
  return joinSegments(zeroSegments(grid));
}
