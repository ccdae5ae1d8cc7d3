/**
 * The language in the address: `lang=hu` in a link opens the page in Hungarian, so a teacher's
 * link opens in the teacher's language. English, the base language, is left out of addresses,
 * so a plain link opens in the reader's own choice. `lang` is written last, after the route's and
 * the run's parameters.
 */
import { BASE_LANGUAGE, languageOf, type Language } from './languages.ts';

export interface AddressLanguage {
  /** The language the address asks for, when the app speaks it. */
  language?: Language;
  /** What `lang=` said when the app does not speak it, to be noted on screen. */
  unknown?: string;
}

/** The language of a query string ("?view=model&lang=ru"). */
export function readAddressLanguage(search: string): AddressLanguage {
  const asked = new URLSearchParams(search).get('lang');
  if (asked === null) return {};
  const language = languageOf(asked);
  return language ? { language } : { unknown: asked };
}

/**
 * A query string with its `lang` set to `language` (removed for the base language); "" stays ""
 * for English. The other parameters are kept as they were written, character for character, so
 * that an address compared with the one it came from differs only in its language.
 */
export function withAddressLanguage(search: string, language: Language): string {
  const parts = search.replace(/^\?/, '').split('&').filter((part) => part !== '' && !isLanguagePart(part));
  if (language !== BASE_LANGUAGE) parts.push(`lang=${language}`);
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

function isLanguagePart(part: string): boolean {
  const key = part.split('=')[0].replace(/\+/g, ' ');
  try {
    return decodeURIComponent(key) === 'lang';
  } catch {
    return false;
  }
}
