/**
 * Validation of parameter values against the schema. Every way a value enters the model (CLI
 * `--set`, URL, imported file, slider) goes through here, so an out-of-range or malformed value
 * is refused with one sentence naming the problem and what is allowed.
 */
import { defaultParams, paramDef, paramDefs, type ParamKey, type Params } from './schema.ts';
import type { ParamDef, ParamValue } from './types.ts';

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

export function isParamKey(key: string): key is ParamKey {
  return Object.prototype.hasOwnProperty.call(paramDefs, key);
}

/** What a parameter accepts, in words: "a number from 0 to 1", "one of refund, fix, conflict". */
export function describeAllowed(def: ParamDef): string {
  switch (def.kind) {
    case 'boolean':
      return 'true or false';
    case 'choice':
      return `one of ${def.choices.join(', ')}`;
    case 'integer':
      return `a whole number from ${def.min} to ${def.max}`;
    case 'number':
      return `a number from ${def.min} to ${def.max}`;
  }
}

/** Check a typed value (from a file or a control) for one parameter. */
export function checkValue(key: string, value: unknown): Checked<ParamValue> {
  if (!isParamKey(key)) return { ok: false, error: `unknown parameter "${clip(key)}"` };
  const def = paramDef(key);
  const refuse = (): Checked<ParamValue> => ({
    ok: false,
    error: `${key} must be ${describeAllowed(def)}, not ${clip(String(value))}`,
  });
  switch (def.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : refuse();
    case 'choice':
      return typeof value === 'string' && def.choices.includes(value) ? { ok: true, value } : refuse();
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return refuse();
      if (value < def.min || value > def.max) return refuse();
      if (def.kind === 'integer' && !Number.isInteger(value)) return refuse();
      return { ok: true, value };
    }
  }
}

/** Parse text (CLI, URL) into a typed value for one parameter, then check it. */
export function parseValue(key: string, text: string): Checked<ParamValue> {
  if (!isParamKey(key)) return { ok: false, error: `unknown parameter "${clip(key)}"` };
  const def = paramDef(key);
  const trimmed = text.trim();
  switch (def.kind) {
    case 'boolean':
      if (trimmed === 'true' || trimmed === '1' || trimmed === 'on') return { ok: true, value: true };
      if (trimmed === 'false' || trimmed === '0' || trimmed === 'off') return { ok: true, value: false };
      return checkValue(key, trimmed);
    case 'choice':
      return checkValue(key, trimmed);
    case 'integer':
    case 'number': {
      const number = trimmed === '' || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed) ? NaN : Number(trimmed);
      return Number.isNaN(number) ? checkValue(key, trimmed) : checkValue(key, number);
    }
  }
}

/** Apply overrides to the defaults; every override must be valid. */
export function paramsWith(overrides: Partial<Record<string, unknown>>): Checked<Params> {
  const params = defaultParams() as Record<string, ParamValue>;
  for (const [key, value] of Object.entries(overrides)) {
    const checked = checkValue(key, value);
    if (!checked.ok) return checked;
    params[key] = checked.value;
  }
  return { ok: true, value: params as Params };
}

/** Shorten untrusted text before it goes into an error message. */
function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
