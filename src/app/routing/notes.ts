/**
 * What routing ignored in the address, as sentences for the reader (shown by the Notes
 * component after "Ignored in the address:"), so a wrong or outdated link is never silent.
 */
import { readAddressLanguage } from '../i18n/addressLanguage.ts';
import { LANGUAGES, languageName } from '../i18n/languages.ts';
import { languageOnScreen, locale, t } from '../i18n/t.ts';
import { parseRoute, type IgnoredPart } from './route.ts';

/** Everything routing and the language ignored in a query string, as sentences. */
export function describeAddress(search: string): string[] {
  const notes = parseRoute(search).ignored.map(describeIgnored);
  const { unknown } = readAddressLanguage(search);
  if (unknown !== undefined) {
    // The languages the app speaks, each named in itself ("English, Русский, Magyar and Română"), listed in the language on screen.
    const languages = new Intl.ListFormat(locale(), { type: 'conjunction' }).format(LANGUAGES.map(languageName));
    const value = unknown.length > 40 ? `${unknown.slice(0, 40)}…` : unknown;
    notes.push(t('url.language', { value, languages, language: languageName(languageOnScreen()) }));
  }
  return notes;
}

export function describeIgnored(part: IgnoredPart): string {
  if (part.key === 'step') return t('url.step', { value: part.value });
  if (part.key === 'seed') return t('url.scenarioSeed', { value: part.value });
  if (part.key === 'print') return t('url.print', { value: part.value });
  if (part.key === 'hands') return t('url.hands', { value: part.value });
  if (part.key === 'check') return t('url.check', { value: part.value });
  if (part.key === 'codes') return t('url.codes', { value: part.value });
  if (part.key === 'length') return t('url.lessonLength', { value: part.value });
  if (part.key === 'plan') return t(part.reason === 'repeated' ? 'url.plan.repeated' : 'url.plan.unknown', { value: part.value });
  if (part.key === 'scenario') return t(part.reason === 'repeated' ? 'url.scenario.repeated' : 'url.scenario.unknown', { value: part.value });
  if (part.reason === 'repeated') return t('url.view.repeated', { value: part.value });
  return t('url.view.unknown', { value: part.value });
}
