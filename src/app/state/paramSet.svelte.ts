/**
 * One set of parameter values being edited (A, or B in compare mode). The values are replaced as
 * a whole on every change, never mutated, so a run can hold the set it was given. Every value
 * goes through the schema's validation; a refused entry is kept with its message beside the
 * last valid value, which stays in effect, so nothing the user typed is lost silently.
 */
import {
  checkValue,
  defaultParams,
  paramDef,
  paramKeys,
  parseValue,
  type GroupId,
  type ParamKey,
  type Params,
} from '../../sim/index.ts';
import { t } from '../i18n/t.ts';
import { allowedText } from '../i18n/coreText.ts';
import { readDecimal, shownDecimal } from '../i18n/decimals.ts';
import { keysOf } from './paramLayout.ts';

/** Text the schema refused for a parameter, and the sentence saying why. */
export interface Refusal {
  text: string;
  message: string;
}

type Value = Params[ParamKey];

export class ParamSet {
  values = $state.raw<Params>(defaultParams());
  /** Refused entries by parameter; only the field that holds them shows them. */
  refused = $state.raw<Partial<Record<ParamKey, Refusal>>>({});

  /** Keys whose value differs from the schema's default. */
  readonly changed = $derived(paramKeys.filter((key) => this.values[key] !== paramDef(key).default));

  /** Set a typed value (from a slider, a switch or a choice); false if the schema refuses it. */
  set(key: ParamKey, value: unknown): boolean {
    const checked = checkValue(key, value);
    if (!checked.ok) return false;
    this.clearRefusal(key);
    if (this.values[key] !== checked.value) this.values = { ...this.values, [key]: checked.value as Value };
    return true;
  }

  /**
   * Set several typed values at once (a preset): one change of the set, so one step back in the
   * address's history. Values the schema refuses are left out; false if any was.
   */
  setMany(entries: Partial<Record<ParamKey, unknown>>): boolean {
    const next = { ...this.values } as Record<ParamKey, Value>;
    const refused = { ...this.refused };
    let allTaken = true;
    for (const [key, value] of Object.entries(entries) as [ParamKey, unknown][]) {
      const checked = checkValue(key, value);
      if (!checked.ok) {
        allTaken = false;
        continue;
      }
      next[key] = checked.value as Value;
      delete refused[key];
    }
    this.values = next as Params;
    this.refused = refused;
    return allTaken;
  }

  /**
   * Take text typed into a number field, in the language's decimals ("0,45" where a comma is the
   * decimal separator); refused text is kept as typed, with a message.
   */
  enter(key: ParamKey, text: string): boolean {
    const checked = parseValue(key, readDecimal(text));
    if (checked.ok) return this.set(key, checked.value);
    const message = t('sandbox.field.refused', {
      allowed: allowedText(key),
      current: shownDecimal(this.values[key]),
    });
    this.refused = { ...this.refused, [key]: { text, message } };
    return false;
  }

  isDefault(key: ParamKey): boolean {
    return this.values[key] === paramDef(key).default;
  }

  reset(key: ParamKey): void {
    this.resetKeys([key]);
  }

  resetGroup(group: GroupId): void {
    this.resetKeys(keysOf(group));
  }

  resetAll(): void {
    this.values = defaultParams();
    this.refused = {};
  }

  /** Take a whole set of values already checked (from a link). */
  load(values: Params): void {
    this.values = values;
    this.refused = {};
  }

  /** Take the other set's values (compare mode starts B as a copy of A). */
  copyFrom(other: ParamSet): void {
    this.values = other.values;
    this.refused = {};
  }

  /** Keys whose value differs from the other set's. */
  differencesFrom(other: ParamSet): ParamKey[] {
    return paramKeys.filter((key) => this.values[key] !== other.values[key]);
  }

  private resetKeys(keys: readonly ParamKey[]): void {
    const next = { ...this.values } as Record<ParamKey, Value>;
    const refused = { ...this.refused };
    for (const key of keys) {
      next[key] = paramDef(key).default as Value;
      delete refused[key];
    }
    this.values = next as Params;
    this.refused = refused;
  }

  private clearRefusal(key: ParamKey): void {
    if (!(key in this.refused)) return;
    const refused = { ...this.refused };
    delete refused[key];
    this.refused = refused;
  }
}
