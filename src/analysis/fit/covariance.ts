/**
 * The sampling covariance of maximum-likelihood estimates: the inverse of the observed information,
 * the Hessian of the negative log-likelihood at the estimates, here by central finite differences
 * in the natural parameters (steps relative to each parameter's size), inverted by Cholesky
 * decomposition. Null when the Hessian is not positive definite (a flat or saddle direction, so no
 * interval can be given).
 */

/** The Hessian of `f` at `x` by central differences, steps relative to each coordinate's size. */
export function numericHessian(f: (x: readonly number[]) => number, x: readonly number[]): number[][] {
  return numericDerivatives(f, x, x.map((value) => 1e-4 * Math.max(Math.abs(value), 1e-3))).hessian;
}

/**
 * The gradient and Hessian of `f` at `x` by central differences with the given steps, from the
 * same 1 + 2n + 2n(n − 1) evaluations (the gradient from the Hessian's diagonal points).
 */
export function numericDerivatives(f: (x: readonly number[]) => number, x: readonly number[], steps: readonly number[]): { value: number; gradient: number[]; hessian: number[][] } {
  const n = x.length;
  const at = (moves: ReadonlyArray<readonly [number, number]>) => {
    const moved = [...x];
    for (const [index, by] of moves) moved[index]! += by * steps[index]!;
    return f(moved);
  };
  const centre = f(x);
  const gradient = new Array<number>(n).fill(0);
  const hessian = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    const h = steps[i]!;
    const up = at([[i, 1]]);
    const down = at([[i, -1]]);
    gradient[i] = (up - down) / (2 * h);
    hessian[i]![i] = (up - 2 * centre + down) / (h * h);
    for (let j = 0; j < i; j++) {
      const mixed = (at([[i, 1], [j, 1]]) - at([[i, 1], [j, -1]]) - at([[i, -1], [j, 1]]) + at([[i, -1], [j, -1]])) / (4 * h * steps[j]!);
      hessian[i]![j] = mixed;
      hessian[j]![i] = mixed;
    }
  }
  return { value: centre, gradient, hessian };
}

/** The inverse of a symmetric positive-definite matrix, or null if it is not positive definite. */
export function inverseOfPositiveDefinite(matrix: readonly (readonly number[])[]): number[][] | null {
  const n = matrix.length;
  // Cholesky: matrix = L Lᵀ.
  const lower = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i]![j]!;
      for (let k = 0; k < j; k++) sum -= lower[i]![k]! * lower[j]![k]!;
      if (i === j) {
        if (!(sum > 0)) return null;
        lower[i]![i] = Math.sqrt(sum);
      } else {
        lower[i]![j] = sum / lower[j]![j]!;
      }
    }
  }
  // Solve L Lᵀ X = I column by column.
  const inverse = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let column = 0; column < n; column++) {
    const y = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      let sum = i === column ? 1 : 0;
      for (let k = 0; k < i; k++) sum -= lower[i]![k]! * y[k]!;
      y[i] = sum / lower[i]![i]!;
    }
    for (let i = n - 1; i >= 0; i--) {
      let sum = y[i]!;
      for (let k = i + 1; k < n; k++) sum -= lower[k]![i]! * inverse[k]![column]!;
      inverse[i]![column] = sum / lower[i]![i]!;
    }
  }
  return inverse;
}
