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
  return distinctValues(base.x);
}

/**
 * The distinct values of a column, in order of first appearance, and for each entry the index of
 * its value: a likelihood then computes what depends on the value alone (a logarithm of α + T, say)
 * once per distinct value, and a base of a million customers has only as many as it has days.
 */
export function distinctValues(column: ArrayLike<number>): { values: number[]; indexOf: Uint32Array } {
  const index = new Map<number, number>();
  const values: number[] = [];
  const indexOf = new Uint32Array(column.length);
  for (let customer = 0; customer < column.length; customer++) {
    const x = column[customer]!;
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

/**
 * The distinct pairs (x, t) of a frequency column and a time column (tₓ or T), in order of first
 * appearance, and for each customer the index of theirs: Pareto/NBD's hypergeometric terms depend
 * on a customer only through such pairs, and a base of 100,000 customers has about 15,000 pairs
 * (x, tₓ) and 5,000 pairs (x, T). x must be a whole number of 0 or more, as repeat purchases are.
 */
export function distinctPairs(x: ArrayLike<number>, t: ArrayLike<number>): { x: number[]; t: number[]; indexOf: Uint32Array } {
  const times = distinctValues(t);
  const width = times.values.length;
  const keys = new Float64Array(x.length);
  for (let customer = 0; customer < x.length; customer++) keys[customer] = x[customer]! * width + times.indexOf[customer]!;
  const pairs = distinctValues(keys);
  return {
    x: pairs.values.map((key) => Math.floor(key / width)),
    t: pairs.values.map((key) => times.values[key % width]!),
    indexOf: pairs.indexOf,
  };
}

/** The customers at `indices`, as a base of their own. */
export function subsetOf<Base extends RecencyFrequency>(base: Base, indices: Uint32Array): RecencyFrequency {
  const pick = (column: ArrayLike<number>) => Float64Array.from(indices, (index) => column[index]!);
  return { x: pick(base.x), tx: pick(base.tx), T: pick(base.T) };
}
