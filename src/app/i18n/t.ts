/**
 * The message accessor: `t(key, values)` gives a message of the language on screen, compiled by
 * Paraglide JS from src/app/i18n/messages/<language>/<area>.json (`npm run messages`; the
 * core's words, parameters and series, are coreText.ts's). A message
 * fills its `{name}` placeholders from `values` and chooses its plural variant (Intl.PluralRules)
 * by a count's number. Which language is on screen is told by a reader plugged in with
 * `readLanguageFrom`: in the app the reactive state of language.svelte.ts, so that every
 * `t()` in a template re-renders on a switch; in Node (the CLI, unit tests) nothing is plugged
 * in and the messages are English.
 */
import * as messages from './compiled/ui.js';
import { baseLocale, type Locale } from './paraglide/runtime.js';

export type MessageKey = keyof typeof messages;

/**
 * A value for a placeholder: text, a number (written as it is), or a count from `countOf`, which
 * reads as its formatted text and chooses the plural variant by its number.
 */
export type MessageValue = string | number | FormattedCount;

/** A number shown in its on-screen format ("1,204", "1 204") that still chooses plurals by its value. */
export interface FormattedCount {
  valueOf(): number;
  toString(): string;
}

/** A count for a message: `text` is shown, `value` chooses the plural variant. */
export function counted(value: number, text: string): FormattedCount {
  return { valueOf: () => value, toString: () => text };
}

export type CompiledMessage = (inputs: Record<string, MessageValue>, options: { locale: Locale }) => string;

let readLanguage: () => Locale = () => baseLocale;

/** Plugs in where the language on screen is read from (language.svelte.ts does, in the app). */
export function readLanguageFrom(read: () => Locale): void {
  readLanguage = read;
}

/** The language on screen. */
export function languageOnScreen(): Locale {
  return readLanguage();
}

export function t(key: MessageKey, values: Record<string, MessageValue> = {}): string {
  return (messages[key] as CompiledMessage)(values, { locale: readLanguage() });
}

const localeTags = new Map<Locale, string>();

/** The BCP 47 locale in which numbers and dates are formatted for the language on screen ("en-US", "hu-HU"). */
export function locale(): string {
  const language = readLanguage();
  let tag = localeTags.get(language);
  if (tag === undefined) {
    tag = t('app.locale');
    localeTags.set(language, tag);
  }
  return tag;
}
