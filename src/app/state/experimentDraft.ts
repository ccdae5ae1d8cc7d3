/**
 * The experiment builder's form as a person fills it in: the text of every field, kept as typed,
 * and its check against the experiment's own rules (src/experiment: axis.ts, measure.ts, plan.ts),
 * which gives either a runnable experiment or a sentence for each field that is wrong. Values are
 * in each parameter's own unit (schema.ts); weeks are 0-based, as the charts count them.
 *
 * A new axis starts where a sweep is most often wanted: a number from half to twice the value of
 * the set-up it changes (within the schema's range), in 5 steps; a switch as off, on; a choice as
 * every choice.
 */
import { paramDef, paramKeys, type ParamKey, type Params } from '../../sim/params/schema.ts';
import type { NumberParamDef, ParamValue } from '../../sim/params/types.ts';
import { checkAxis, type Axis, type AxisInput, type AxisTarget } from '../../experiment/axis.ts';
import { checkMeasure, type MeasuredArm, type Measure } from '../../experiment/measure.ts';
import { checkExperiment, runBound, type Experiment, type ExperimentBase } from '../../experiment/plan.ts';

export type AxisMode = 'range' | 'list';

export interface AxisDraft {
  key: ParamKey;
  target: AxisTarget;
  mode: AxisMode;
  from: string;
  to: string;
  steps: string;
  /** The values of a list, comma-separated. */
  list: string;
}

export type MeasureWhen = 'end' | 'week' | 'sum';

export interface MeasureDraft {
  series: string;
  at: MeasureWhen;
  /** The week read when `at` is 'week', 0-based. */
  week: string;
  of: MeasuredArm;
}

export interface ExperimentDraft {
  axes: AxisDraft[];
  repetitions: string;
  measure: MeasureDraft;
}

export interface DraftErrors {
  /** One per axis, null where the axis is fine. */
  axes: (string | null)[];
  repetitions: string | null;
  measure: string | null;
  /** What concerns the experiment as a whole (two axes on one parameter, too many runs). */
  experiment: string | null;
}

export interface DraftCheck {
  /** The experiment to run, or null while a field is wrong. */
  experiment: Experiment | null;
  errors: DraftErrors;
  /** The most runs it takes (plan.ts's runBound), or null while the axes are wrong. */
  runs: number | null;
}

const DEFAULT_STEPS = 5;

/** A readable rounding of a range's end: 3 significant digits, on the parameter's grid. */
function roundEnd(value: number, def: NumberParamDef): number {
  const rounded = Number(value.toPrecision(3));
  const onGrid = def.kind === 'integer' ? Math.round(rounded) : rounded;
  return Math.min(def.max, Math.max(def.min, onGrid));
}

/** The default range of a number: half to twice `current`, or the bottom of the scale from 0. */
function defaultRange(def: NumberParamDef, current: number): { from: number; to: number; steps: number } {
  let from = current > 0 ? roundEnd(current / 2, def) : def.min;
  let to = current > 0 ? roundEnd(current * 2, def) : roundEnd(def.min + 10 * def.step, def);
  if (from === to) [from, to] = [def.min, def.max];
  const steps = def.kind === 'integer' ? Math.min(DEFAULT_STEPS, to - from + 1) : DEFAULT_STEPS;
  return { from, to, steps: Math.max(2, steps) };
}

/** A new axis over `key`, starting from its value in `current` (the set-up it changes). */
export function axisDraftFor(key: ParamKey, target: AxisTarget, current: Params): AxisDraft {
  const def = paramDef(key);
  if (def.kind === 'boolean') return { key, target, mode: 'list', from: '', to: '', steps: String(DEFAULT_STEPS), list: 'off, on' };
  if (def.kind === 'choice') return { key, target, mode: 'list', from: '', to: '', steps: String(DEFAULT_STEPS), list: def.choices.join(', ') };
  const range = defaultRange(def, current[key] as number);
  return { key, target, mode: 'range', from: String(range.from), to: String(range.to), steps: String(range.steps), list: '' };
}

function listText(values: readonly ParamValue[]): string {
  return values.map((value) => (typeof value === 'boolean' ? (value ? 'on' : 'off') : String(value))).join(', ');
}

/** The form of a checked axis (read from a link), so that it shows as it was written. */
export function axisDraftOf(axis: Axis): AxisDraft {
  if (axis.range) {
    const { from, to, steps } = axis.range;
    return { key: axis.key, target: axis.target, mode: 'range', from: String(from), to: String(to), steps: String(steps), list: listText(axis.values) };
  }
  return { key: axis.key, target: axis.target, mode: 'list', from: '', to: '', steps: String(DEFAULT_STEPS), list: listText(axis.values) };
}

export function measureDraftOf(measure: Measure): MeasureDraft {
  return { series: measure.series, at: measure.at.kind, week: measure.at.kind === 'week' ? String(measure.at.week) : '', of: measure.of };
}

/** Whether a parameter can be swept over a range (a number) or only over a list. */
export function takesRange(key: ParamKey): boolean {
  const kind = paramDef(key).kind;
  return kind === 'number' || kind === 'integer';
}

/**
 * The first axis of a new experiment: with a B, the first number B changes (the lever the
 * comparison names), swept in B; else the weekly marketing spend, in both.
 */
export function firstAxisDraft(a: Params, b: Params | null): AxisDraft {
  const lever = b ? paramKeys.find((key) => takesRange(key) && b[key] !== a[key]) : undefined;
  if (lever && b) return axisDraftFor(lever, 'B', b);
  return axisDraftFor('acquisition.spendPerWeek', 'both', a);
}

/** A second axis: the weekly marketing spend (or, when the first sweeps it, the first other number), in both. */
export function secondAxisDraft(first: AxisDraft, a: Params): AxisDraft {
  const spend: ParamKey = 'acquisition.spendPerWeek';
  const key = first.key !== spend ? spend : (paramKeys.find((candidate) => takesRange(candidate) && candidate !== spend) as ParamKey);
  return axisDraftFor(key, 'both', a);
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const WHOLE = /^\d+$/;

function axisInput(draft: AxisDraft): { ok: true; value: AxisInput } | { ok: false; error: string } {
  if (draft.mode === 'list') {
    const values = draft.list.split(',').map((part) => part.trim()).filter((part) => part !== '');
    return { ok: true, value: { key: draft.key, target: draft.target, values } };
  }
  const [from, to, steps] = [draft.from.trim(), draft.to.trim(), draft.steps.trim()];
  if (!NUMBER.test(from)) return { ok: false, error: `“from” must be a number, not “${from.slice(0, 20)}”` };
  if (!NUMBER.test(to)) return { ok: false, error: `“to” must be a number, not “${to.slice(0, 20)}”` };
  if (!WHOLE.test(steps)) return { ok: false, error: `the steps must be a whole number, not “${steps.slice(0, 20)}”` };
  return { ok: true, value: { key: draft.key, target: draft.target, range: { from: Number(from), to: Number(to), steps: Number(steps) } } };
}

function measureOfDraft(draft: MeasureDraft, weeks: number, hasB: boolean): { ok: true; value: Measure } | { ok: false; error: string } {
  if (draft.at === 'week' && !WHOLE.test(draft.week.trim())) {
    return { ok: false, error: `the week must be a whole number from 0 to ${weeks - 1}, not “${draft.week.trim().slice(0, 20)}”` };
  }
  const at = draft.at === 'week' ? { kind: 'week' as const, week: Number(draft.week.trim()) } : { kind: draft.at };
  return checkMeasure({ series: draft.series, at, of: draft.of }, weeks, hasB);
}

/** Check the whole form against a base set-up. */
export function checkDraft(draft: ExperimentDraft, base: ExperimentBase): DraftCheck {
  const hasB = base.b !== null;
  const errors: DraftErrors = { axes: [], repetitions: null, measure: null, experiment: null };
  const axes: Axis[] = [];
  for (const axisDraft of draft.axes) {
    const input = axisInput(axisDraft);
    const checked = input.ok ? checkAxis(input.value, hasB) : input;
    errors.axes.push(checked.ok ? null : checked.error);
    if (checked.ok) axes.push(checked.value);
  }
  const repetitionsText = draft.repetitions.trim();
  const repetitions = WHOLE.test(repetitionsText) ? Number(repetitionsText) : Number.NaN;
  const measure = measureOfDraft(draft.measure, base.weeks, hasB);
  if (!measure.ok) errors.measure = measure.error;
  const axesFine = axes.length === draft.axes.length && axes.length > 0;
  const runs = axesFine && Number.isInteger(repetitions) ? runBound({ base, axes, repetitions }) : null;
  const candidate: Experiment | null = axesFine && measure.ok ? { base, axes, repetitions, measure: measure.value } : null;
  if (!Number.isInteger(repetitions)) errors.repetitions = `seeds per point must be a whole number, not “${repetitionsText.slice(0, 20)}”`;
  if (!candidate || errors.repetitions) return { experiment: null, errors, runs };
  const whole = checkExperiment(candidate);
  if (whole.ok) return { experiment: whole.value, errors, runs };
  if (/^seeds per point/.test(whole.error)) errors.repetitions = whole.error;
  else errors.experiment = whole.error;
  return { experiment: null, errors, runs };
}
