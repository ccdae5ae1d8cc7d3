/**
 * The CLI's experiment options: `--sweep [A.|B.]key=from:to:steps|v1,v2,…` (once or twice),
 * `--seeds N` (seeds per point), `--measure [A.|B.|B-A.]series[@week|:sum]`, and which other
 * options they may come with. The axes are only read here; they are checked against the schema
 * and the set-ups once the scenario, if any, is known (sweepRun.ts).
 */
import { parseAxis, type AxisInput } from '../experiment/axis.ts';
import { REPETITIONS } from '../experiment/plan.ts';
import type { Checked } from '../sim/params/validate.ts';

export interface SweepRequest {
  axes: AxisInput[];
  /** The measure's text, or null for the default (measure.ts). */
  measure: string | null;
  seedsPerPoint: number;
}

export const SWEEP_FORMATS = ['json', 'csv'] as const;

interface SweepValues {
  sweep?: string[];
  measure?: string;
  seeds?: string;
  marginal?: boolean;
  trace?: string;
  variant?: string;
  format?: string;
}

/** The sweep asked for, or null without --sweep (then --measure is refused). */
export function sweepRequest(values: SweepValues): Checked<SweepRequest | null> {
  if (values.sweep === undefined) {
    return values.measure === undefined ? { ok: true, value: null } : { ok: false, error: '--measure goes with --sweep: --sweep key=from:to:steps --measure series' };
  }
  if (values.marginal) return { ok: false, error: '--sweep cannot be combined with --marginal' };
  if (values.trace !== undefined) return { ok: false, error: '--sweep cannot be combined with --trace' };
  if (values.variant !== undefined) return { ok: false, error: '--sweep runs both variants of a scenario: give --scenario ID without --variant, and measure A., B. or B-A.' };
  if (values.format !== undefined && !(SWEEP_FORMATS as readonly string[]).includes(values.format)) {
    return { ok: false, error: `--sweep prints ${SWEEP_FORMATS.join(' or ')}, not --format ${values.format}` };
  }
  if (values.sweep.length > 2) return { ok: false, error: `--sweep is given once or twice (one or two parameters), not ${values.sweep.length} times` };
  const axes: AxisInput[] = [];
  for (const text of values.sweep) {
    const axis = parseAxis(text);
    if (!axis.ok) return { ok: false, error: `--sweep: ${axis.error}` };
    axes.push(axis.value);
  }
  let seedsPerPoint: number = REPETITIONS.default;
  if (values.seeds !== undefined) {
    const text = values.seeds.trim();
    seedsPerPoint = /^\d+$/.test(text) ? Number(text) : NaN;
    if (!Number.isSafeInteger(seedsPerPoint) || seedsPerPoint < REPETITIONS.min || seedsPerPoint > REPETITIONS.max) {
      return { ok: false, error: `--seeds must be a whole number from ${REPETITIONS.min} to ${REPETITIONS.max}, not "${values.seeds}"` };
    }
  }
  return { ok: true, value: { axes, measure: values.measure ?? null, seedsPerPoint } };
}
