/**
 * An experiment in an address's query (and in a saved set-up, which keeps the same text): the
 * axes as `sweep=` (once or twice, in axis.ts's text form), the seeds per point as `sweepSeeds=`,
 * the measure as `measure=` (measure.ts's text form). The base set-up travels as the sandbox's link
 * already writes it. Reading never fails: each part that cannot be used is returned with the
 * reason, for the page to say what it ignored, and the rest is kept.
 */
import { axisFromText, axisText, overlaps, type Axis } from './axis.ts';
import { defaultMeasure, measureText, parseMeasure, type Measure } from './measure.ts';
import { REPETITIONS } from './plan.ts';

export const EXPERIMENT_KEYS = { sweep: 'sweep', seeds: 'sweepSeeds', measure: 'measure' } as const;

export interface ExperimentLinkParts {
  axes: Axis[];
  repetitions: number;
  measure: Measure;
}

export interface IgnoredExperimentPart {
  key: string;
  value: string;
  /** Why it was ignored, in one sentence (the checks' own words). */
  reason: string;
}

export interface ReadExperimentLink {
  parts: ExperimentLinkParts;
  ignored: IgnoredExperimentPart[];
}

/** The query's entries for an experiment, in a fixed order. */
export function experimentQuery(parts: ExperimentLinkParts): [string, string][] {
  return [
    ...parts.axes.map((axis): [string, string] => [EXPERIMENT_KEYS.sweep, axisText(axis)]),
    [EXPERIMENT_KEYS.seeds, String(parts.repetitions)],
    [EXPERIMENT_KEYS.measure, measureText(parts.measure)],
  ];
}

/** Read an experiment from a query, for a base of `weeks` weeks with or without a B. */
export function readExperimentQuery(query: URLSearchParams, weeks: number, hasB: boolean): ReadExperimentLink {
  const ignored: IgnoredExperimentPart[] = [];
  const clip = (value: string) => (value.length > 80 ? `${value.slice(0, 80)}…` : value);
  const axes: Axis[] = [];
  for (const value of query.getAll(EXPERIMENT_KEYS.sweep)) {
    const axis = axisFromText(value, hasB);
    if (!axis.ok) ignored.push({ key: EXPERIMENT_KEYS.sweep, value: clip(value), reason: axis.error });
    else if (axes.length === 2) ignored.push({ key: EXPERIMENT_KEYS.sweep, value: clip(value), reason: 'an experiment sweeps at most two parameters' });
    else if (axes.some((other) => overlaps(other, axis.value))) {
      ignored.push({ key: EXPERIMENT_KEYS.sweep, value: clip(value), reason: `${axis.value.key} is swept already` });
    } else axes.push(axis.value);
  }
  let repetitions: number = REPETITIONS.default;
  const seeds = query.get(EXPERIMENT_KEYS.seeds);
  if (seeds !== null) {
    const count = /^\d+$/.test(seeds.trim()) ? Number(seeds.trim()) : NaN;
    if (Number.isSafeInteger(count) && count >= REPETITIONS.min && count <= REPETITIONS.max) repetitions = count;
    else ignored.push({ key: EXPERIMENT_KEYS.seeds, value: clip(seeds), reason: `seeds per point must be a whole number from ${REPETITIONS.min} to ${REPETITIONS.max}` });
  }
  let measure = defaultMeasure(hasB);
  const measureValue = query.get(EXPERIMENT_KEYS.measure);
  if (measureValue !== null) {
    const checked = parseMeasure(measureValue, weeks, hasB);
    if (checked.ok) measure = checked.value;
    else ignored.push({ key: EXPERIMENT_KEYS.measure, value: clip(measureValue), reason: checked.error });
  }
  return { parts: { axes, repetitions, measure }, ignored };
}
