/** The sum of a column of numbers (a typed array or a list), from entry `from` to its end. */
export function sumOf(values: ArrayLike<number>, from = 0): number {
  let total = 0;
  for (let index = from; index < values.length; index++) total += values[index]!;
  return total;
}
