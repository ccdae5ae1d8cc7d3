/**
 * One axis of an experiment: a parameter, the set-up(s) it is changed in (A, B or both), and the
 * values it takes, either a range (from, to, a number of evenly spaced steps, both ends included)
 * or a list. Every value is checked against the parameter schema, so an axis that exists is one
 * the model accepts. Values are in the parameter's own unit (schema.ts).
 *
 * Text form, as the CLI and the address write it:   [A.|B.]key=from:to:steps   or   [A.|B.]key=v1,v2,…
 * Without a prefix the value is set in both A and B (in a run without B, in A).
 */
import { paramDef, type ParamKey } from '../sim/params/schema.ts';
import { checkValue, isParamKey, parseValue, type Checked } from '../sim/params/validate.ts';
import type { ParamValue } from '../sim/params/types.ts';

export const AXIS_TARGETS = ['A', 'B', 'both'] as const;
export type AxisTarget = (typeof AXIS_TARGETS)[number];

/** A range of values: `steps` evenly spaced values from `from` to `to`, both included. */
export interface AxisRange {
  from: number;
  to: number;
  steps: number;
}

/** An axis as a person or a link gives it: a range or a list, not yet checked. */
export interface AxisInput {
  key: string;
  target: AxisTarget;
  range?: AxisRange;
  values?: readonly unknown[];
}

/** A checked axis: its values, in order, each valid for the parameter. */
export interface Axis {
  key: ParamKey;
  target: AxisTarget;
  /** The range it was given as, so that a link writes it back the same way (null: a list). */
  range: AxisRange | null;
  values: ParamValue[];
}

/** Values an axis may take: enough for a smooth heatmap, few enough to run in a classroom. */
export const AXIS_STEPS = { min: 2, max: 41 } as const;

/** A range's values, rounded to 12 significant digits so that 0.1 + 0.2 reads as 0.3. */
export function rangeValues(range: AxisRange): number[] {
  const { from, to, steps } = range;
  return Array.from({ length: steps }, (_, index) => {
    const value = index === steps - 1 ? to : from + ((to - from) * index) / (steps - 1);
    return Number(value.toPrecision(12));
  });
}

function keyed(key: string, target: AxisTarget): string {
  return target === 'both' ? key : `${target}.${key}`;
}

/** Check an axis against the schema: its key, the kind of values it takes, each value. */
export function checkAxis(input: AxisInput, hasB: boolean): Checked<Axis> {
  const name = keyed(input.key, input.target);
  if (!isParamKey(input.key)) return { ok: false, error: `the swept parameter "${input.key.slice(0, 40)}" is not a parameter of the model` };
  if (input.target === 'B' && !hasB) return { ok: false, error: `${name}: there is no set-up B to change (sweep ${input.key} or A.${input.key})` };
  const def = paramDef(input.key);
  let raw: readonly unknown[];
  if (input.range) {
    if (def.kind === 'boolean') return { ok: false, error: `${name} takes a list of values (false,true), not a range` };
    if (def.kind === 'choice') return { ok: false, error: `${name} takes a list of values (of ${def.choices.join(', ')}), not a range` };
    const { from, to, steps } = input.range;
    if (!Number.isInteger(steps) || steps < AXIS_STEPS.min || steps > AXIS_STEPS.max) {
      return { ok: false, error: `${name}: a range takes ${AXIS_STEPS.min} to ${AXIS_STEPS.max} steps, not ${steps}` };
    }
    if (from === to) return { ok: false, error: `${name}: a range needs two different ends, not ${from} to ${to}` };
    raw = rangeValues(input.range);
    if (def.kind === 'integer') raw = raw.map((value) => Math.round(value as number));
    if (new Set(raw).size !== raw.length) {
      return { ok: false, error: `${name}: ${from} to ${to} has fewer than ${steps} different ${def.kind === 'integer' ? 'whole numbers' : 'values'}` };
    }
  } else {
    raw = input.values ?? [];
    if (raw.length < AXIS_STEPS.min || raw.length > AXIS_STEPS.max) {
      return { ok: false, error: `${name}: a list takes ${AXIS_STEPS.min} to ${AXIS_STEPS.max} values, not ${raw.length}` };
    }
  }
  const values: ParamValue[] = [];
  for (const value of raw) {
    const checked = typeof value === 'string' ? parseValue(input.key, value) : checkValue(input.key, value);
    if (!checked.ok) return { ok: false, error: `${name}: ${checked.error}` };
    if (values.includes(checked.value)) return { ok: false, error: `${name}: the value ${String(checked.value)} comes twice` };
    values.push(checked.value);
  }
  return { ok: true, value: { key: input.key, target: input.target, range: input.range ?? null, values } };
}

/** An axis from its text form, checked: parseAxis then checkAxis. */
export function axisFromText(text: string, hasB: boolean): Checked<Axis> {
  const input = parseAxis(text);
  return input.ok ? checkAxis(input.value, hasB) : input;
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** Read an axis from its text form (`B.key=0:1:5`, `key=a,b`); the values are checked by checkAxis. */
export function parseAxis(text: string): Checked<AxisInput> {
  const equals = text.indexOf('=');
  const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  if (equals <= 0) return { ok: false, error: `a sweep takes [A.|B.]key=from:to:steps or [A.|B.]key=v1,v2,…, not "${shown}"` };
  let key = text.slice(0, equals).trim();
  let target: AxisTarget = 'both';
  const prefix = /^([AB])\.(.+)$/.exec(key);
  if (prefix && !isParamKey(key)) {
    target = prefix[1] as AxisTarget;
    key = prefix[2];
  }
  const rest = text.slice(equals + 1).trim();
  const parts = rest.split(':').map((part) => part.trim());
  if (parts.length === 3) {
    const [from, to, steps] = parts;
    if (!NUMBER.test(from) || !NUMBER.test(to) || !/^\d+$/.test(steps)) {
      return { ok: false, error: `a range takes from:to:steps, numbers and a whole number of steps, not "${shown}"` };
    }
    return { ok: true, value: { key, target, range: { from: Number(from), to: Number(to), steps: Number(steps) } } };
  }
  if (parts.length !== 1) return { ok: false, error: `a range takes from:to:steps, not "${shown}"` };
  return { ok: true, value: { key, target, values: rest.split(',').map((part) => part.trim()) } };
}

/** The text form of a checked axis: parseAxis of it gives the same axis back. */
export function axisText(axis: Axis): string {
  const values = axis.range ? `${axis.range.from}:${axis.range.to}:${axis.range.steps}` : axis.values.map(String).join(',');
  return `${keyed(axis.key, axis.target)}=${values}`;
}

/** The axis's name as a column of a table: the key, with A. or B. when it is changed in one only. */
export function axisName(axis: Pick<Axis, 'key' | 'target'>): string {
  return keyed(axis.key, axis.target);
}

/** Whether two axes set the same parameter of a same set-up (an experiment may not have both). */
export function overlaps(first: Pick<Axis, 'key' | 'target'>, second: Pick<Axis, 'key' | 'target'>): boolean {
  return first.key === second.key && (first.target === second.target || first.target === 'both' || second.target === 'both');
}
