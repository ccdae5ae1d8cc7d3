/** The language in the address: read, validated, written last and left out for English. */
import { describe, expect, it } from 'vitest';
import { readAddressLanguage, withAddressLanguage } from '../../../src/app/i18n/addressLanguage.ts';
import { languageOf } from '../../../src/app/i18n/languages.ts';

describe('the address language', () => {
  it('reads a language the app speaks, whatever its case or region, and reports one it does not', () => {
    expect(readAddressLanguage('?scenario=birthday-cards&step=3&lang=hu')).toEqual({ language: 'hu' });
    expect(readAddressLanguage('?lang=RU')).toEqual({ language: 'ru' });
    expect(readAddressLanguage('?lang=ro-RO')).toEqual({ language: 'ro' });
    expect(readAddressLanguage('?lang=de')).toEqual({ unknown: 'de' });
    expect(readAddressLanguage('?view=model')).toEqual({});
    expect(languageOf('hu_HU')).toBe('hu');
    expect(languageOf(undefined)).toBeUndefined();
  });

  it('writes lang last, keeps the other parameters character for character, and leaves English out', () => {
    expect(withAddressLanguage('?a.card.cost=1.5&weeks=52', 'hu')).toBe('?a.card.cost=1.5&weeks=52&lang=hu');
    expect(withAddressLanguage('?lang=hu&view=model', 'ro')).toBe('?view=model&lang=ro');
    expect(withAddressLanguage('?view=model&lang=hu', 'en')).toBe('?view=model');
    expect(withAddressLanguage('', 'ru')).toBe('?lang=ru');
    expect(withAddressLanguage('?lang=hu', 'en')).toBe('');
    expect(withAddressLanguage('?plan=a,b&x=%3A', 'ru')).toBe('?plan=a,b&x=%3A&lang=ru');
  });
});
