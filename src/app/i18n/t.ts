/**
 * The message accessor: `t(key)` looks a key up in the active catalogue and fills `{name}`
 * placeholders from `values`. Only English exists so far; the catalogue is the one place to add
 * a language.
 */
import { en, type MessageKey } from './en.ts';

export type { MessageKey };

const catalogue: Record<MessageKey, string> = en;

export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** The BCP 47 locale used to format numbers for the active catalogue. */
export function locale(): string {
  return catalogue['app.locale'];
}
