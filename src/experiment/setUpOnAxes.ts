/**
 * Where an experiment's own set-up lies on its map: for each axis, the value the base set-up
 * (before any axis changes it) gives the swept parameter, and its place among the axis's values.
 * The place is a fractional index: 0 is the first value, 1.5 half way between the second and the
 * third (numbers are placed linearly between the two values beside them; a switch or a choice only
 * on a value of its own). So a scenario's "Where does it hold?" map can mark the scenario itself,
 * and say when the scenario lies outside the map.
 */
import type { ParamValue } from '../sim/params/types.ts';
import type { Axis } from './axis.ts';
import type { ExperimentBase } from './plan.ts';

export type SetUpOnAxis =
  /** The set-up's value lies on the axis, at `position`. */
  | { kind: 'on'; value: ParamValue; position: number }
  /** The set-up's value lies outside the axis's values. */
  | { kind: 'outside'; value: ParamValue }
  /** The axis changes A and B alike, and they differ in it: the set-up is no one point of the map. */
  | { kind: 'differs'; a: ParamValue; b: ParamValue };

/** The fractional index of `value` among `values`, or null when it lies outside them. */
export function positionAmong(values: readonly ParamValue[], value: ParamValue): number | null {
  const exact = values.indexOf(value);
  if (exact >= 0) return exact;
  if (typeof value !== 'number') return null;
  for (let index = 0; index + 1 < values.length; index++) {
    const here = values[index];
    const next = values[index + 1];
    if (typeof here !== 'number' || typeof next !== 'number') return null;
    if ((value - here) * (value - next) < 0) return index + (value - here) / (next - here);
  }
  return null;
}

/** The base set-up on each of the axes, in their order. */
export function setUpOnAxes(base: Pick<ExperimentBase, 'a' | 'b'>, axes: readonly Axis[]): SetUpOnAxis[] {
  return axes.map((axis): SetUpOnAxis => {
    const a = base.a[axis.key];
    const b = base.b?.[axis.key];
    if (axis.target === 'both' && b !== undefined && b !== a) return { kind: 'differs', a, b };
    const value = axis.target === 'B' && b !== undefined ? b : a;
    const position = positionAmong(axis.values, value);
    return position === null ? { kind: 'outside', value } : { kind: 'on', value, position };
  });
}
