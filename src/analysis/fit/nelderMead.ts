/**
 * The downhill simplex method of Nelder and Mead (1965), with the standard coefficients
 * (reflection 1, expansion 2, contraction ½, shrink ½), for minimising a smooth function of a few
 * unconstrained variables, such as a model's negative log-likelihood over its log-parameters.
 * Written here because fmin 0.0.4, the package that offers it, does not load as an ES module in
 * Node (its package says "type": "module" but its entry is a UMD bundle).
 */

export interface Minimum {
  /** Where the least value was found. */
  x: number[];
  /** The function's value there. */
  value: number;
  /** How many times the function was evaluated. */
  evaluations: number;
}

export interface SimplexOptions {
  /** Each start vertex is the start point moved by this much along one axis (default 0.5). */
  step?: number;
  /** Stop when the simplex's values differ by less than this (default 1e-12) … */
  valueTolerance?: number;
  /** … and its vertices by less than this in every coordinate (default 1e-9). */
  pointTolerance?: number;
  /** Give up after this many evaluations (default 20,000). */
  maxEvaluations?: number;
}

interface Vertex {
  x: number[];
  value: number;
}

/** The least value of `f` the simplex finds from `start`. A value that is not finite counts as +∞. */
export function nelderMead(f: (x: readonly number[]) => number, start: readonly number[], options: SimplexOptions = {}): Minimum {
  const { step = 0.5, valueTolerance = 1e-12, pointTolerance = 1e-9, maxEvaluations = 20_000 } = options;
  const n = start.length;
  let evaluations = 0;
  const evaluate = (x: number[]): Vertex => {
    evaluations++;
    const value = f(x);
    return { x, value: Number.isFinite(value) ? value : Number.POSITIVE_INFINITY };
  };
  const simplex: Vertex[] = [evaluate([...start])];
  for (let axis = 0; axis < n; axis++) {
    const x = [...start];
    x[axis]! += step;
    simplex.push(evaluate(x));
  }
  // The point `towards` of the way from the centroid c to the worst vertex w: c + towards·(w − c).
  const along = (centroid: number[], worst: number[], towards: number) => centroid.map((c, i) => c + towards * (worst[i]! - c));

  while (evaluations < maxEvaluations) {
    simplex.sort((left, right) => left.value - right.value);
    const best = simplex[0]!;
    const worst = simplex[n]!;
    if (converged(simplex, valueTolerance, pointTolerance)) break;
    const centroid = new Array<number>(n).fill(0);
    for (let vertex = 0; vertex < n; vertex++) for (let i = 0; i < n; i++) centroid[i]! += simplex[vertex]!.x[i]! / n;

    const reflected = evaluate(along(centroid, worst.x, -1));
    if (reflected.value < best.value) {
      const expanded = evaluate(along(centroid, worst.x, -2));
      simplex[n] = expanded.value < reflected.value ? expanded : reflected;
    } else if (reflected.value < simplex[n - 1]!.value) {
      simplex[n] = reflected;
    } else {
      const outside = reflected.value < worst.value;
      const contracted = evaluate(along(centroid, worst.x, outside ? -0.5 : 0.5));
      if (contracted.value < (outside ? reflected.value : worst.value)) {
        simplex[n] = contracted;
      } else {
        for (let vertex = 1; vertex <= n; vertex++) simplex[vertex] = evaluate(along(best.x, simplex[vertex]!.x, 0.5));
      }
    }
  }
  simplex.sort((left, right) => left.value - right.value);
  return { x: simplex[0]!.x, value: simplex[0]!.value, evaluations };
}

function converged(simplex: readonly Vertex[], valueTolerance: number, pointTolerance: number): boolean {
  const best = simplex[0]!;
  const worst = simplex[simplex.length - 1]!;
  if (!(Math.abs(worst.value - best.value) <= valueTolerance * (1 + Math.abs(best.value)))) return false;
  return simplex.every((vertex) => vertex.x.every((coordinate, i) => Math.abs(coordinate - best.x[i]!) <= pointTolerance));
}
