/**
 * The core's words in the language on screen: a parameter's label, unit, help and
 * option names, and a group's title. The English comes from the schema itself (src/sim/params,
 * generated into messages/en/params.json by src/build/schemaMessages.ts), the other languages
 * from their params.json; the core stays in English and without messages. They are compiled
 * into a barrel of their own (compiled/core.js, with the series' names: seriesName), kept out of
 * the first page's chunk.
 */
import { paramDef, type ParamKey } from '../../sim/params/schema.ts';
import type { GroupId } from '../../sim/params/types.ts';
import * as messages from './compiled/core.js';
import { languageOnScreen, locale, t, type CompiledMessage } from './t.ts';

type CoreMessageKey = keyof typeof messages;

function message(key: string): string {
  return (messages[key as CoreMessageKey] as CompiledMessage)({}, { locale: languageOnScreen() });
}

export interface ParamText {
  label: string;
  /** "" for a parameter without a unit. */
  unit: string;
  help: string;
}

export function paramText(key: ParamKey): ParamText {
  return {
    label: message(`param.${key}.label`),
    unit: paramDef(key).unit === '' ? '' : message(`param.${key}.unit`),
    help: message(`param.${key}.help`),
  };
}

export function paramLabel(key: ParamKey): string {
  return message(`param.${key}.label`);
}

/** The name of one of a choice parameter's options ("refund", "возврат"). */
export function choiceName(key: ParamKey, choice: string): string {
  return message(`param.${key}.choice.${choice}`);
}

export function groupTitle(id: GroupId): string {
  return message(`paramGroup.${id}`);
}

/** A bound of a range in the language's decimals, ungrouped as the fields take it ("0,5", "100000"). */
function bound(value: number): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 6, useGrouping: false }).format(value);
}

/** What a parameter takes, for a refusal ("a number from 0 to 0,5", "one of refund, fix"). */
export function allowedText(key: ParamKey): string {
  const def = paramDef(key);
  if (def.kind === 'boolean') return t('param.allowed.boolean');
  if (def.kind === 'choice') return t('param.allowed.choice', { choices: def.choices.map((choice) => choiceName(key, choice)).join(', ') });
  return t(def.kind === 'integer' ? 'param.allowed.whole' : 'param.allowed.number', { min: bound(def.min), max: bound(def.max) });
}

/** A weekly series' name ("Profit since week 0"), from the core's list of series. */
export function seriesName(name: string): string {
  return message(`series.${name}`);
}
