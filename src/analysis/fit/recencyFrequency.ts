/**
 * A customer base as the "buy till you die" models read it, one entry per customer: x, the
 * number of repeat purchases (purchases after the first) in the calibration period; tₓ, the time
 * of the last purchase, from the first; T, the time from the first purchase to the end of the
 * period. Time in weeks. Column arrays, so a base of 100,000 customers is three typed arrays.
 */
export interface RecencyFrequency {
  x: ArrayLike<number>;
  tx: ArrayLike<number>;
  T: ArrayLike<number>;
}

/** The distinct values of x in the base, and for each customer the index of theirs. */
export function distinctFrequencies(base: RecencyFrequency): { values: number[]; indexOf: Uint32Array } {
  const index = new Map<number, number>();
  const values: number[] = [];
  const indexOf = new Uint32Array(base.x.length);
  for (let customer = 0; customer < base.x.length; customer++) {
    const x = base.x[customer]!;
    let at = index.get(x);
    if (at === undefined) {
      at = values.length;
      index.set(x, at);
      values.push(x);
    }
    indexOf[customer] = at;
  }
  return { values, indexOf };
}
