/**
 * The languages the app speaks, as Paraglide compiled them from project.inlang/settings.json,
 * each with its name written in itself (as a language menu shows it), and how a language tag
 * ("hu-HU", "ro", "RU") is read as one of them.
 */
import { baseLocale, locales, type Locale } from './paraglide/runtime.js';

export type Language = Locale;

export const LANGUAGES: readonly Language[] = locales;

export const BASE_LANGUAGE: Language = baseLocale;

/** Each language's name in itself. A language missing here is named by its code. */
const NAMES: Record<string, string> = { en: 'English', ru: 'Русский', hu: 'Magyar', ro: 'Română' };

export function languageName(language: Language): string {
  return NAMES[language] ?? language;
}

/** The app's language for a BCP 47 tag, by its primary subtag, or undefined if the app does not speak it. */
export function languageOf(tag: string | null | undefined): Language | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((language) => language === primary);
}
