/**
 * Plurals and number formats through the compiled messages: Russian chooses one/few/many by the
 * number (1, 2, 5, 21, 22, 1 204), Romanian one/few/other with "de" from 20, and a count formatted
 * for display (`countOf`) still chooses by its value; numbers group by the language's rules.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { countOf, formatNumber } from '../../../src/app/format/numbers.ts';
import type { Language } from '../../../src/app/i18n/languages.ts';
import { readLanguageFrom, t } from '../../../src/app/i18n/t.ts';

function inLanguage(language: Language): void {
  readLanguageFrom(() => language);
}

afterEach(() => inLanguage('en'));

describe('plurals', () => {
  it('reads Russian counts as one, few and many', () => {
    inLanguage('ru');
    const changed = (count: number) => t('sandbox.params.changed', { count: countOf(count) });
    expect([1, 2, 5, 21, 22, 11, 1204].map(changed)).toEqual([
      '1 изменение',
      '2 изменения',
      '5 изменений',
      '21 изменение',
      '22 изменения',
      '11 изменений',
      '1\u00a0204 изменения',
    ]);
  });

  it('reads Romanian counts as one, few and "de" from twenty', () => {
    inLanguage('ro');
    const run = (count: number) => t('sandbox.spread.run', { count });
    expect(run(1)).toBe('Rulează pe 1 sămânță');
    expect(run(2)).toBe('Rulează pe 2 semințe');
    expect(run(19)).toBe('Rulează pe 19 semințe');
    expect(run(20)).toBe('Rulează pe 20 de semințe');
  });

  it('keeps a Hungarian noun singular after any number, and reads English one and other', () => {
    inLanguage('hu');
    expect(t('sandbox.params.changed', { count: 5 })).toBe('5 módosítva');
    inLanguage('en');
    expect(t('sandbox.params.differ', { count: 1 })).toBe('1 differs from A');
    expect(t('sandbox.params.differ', { count: 2 })).toBe('2 differ from A');
    expect(t('data.skipped', { count: countOf(1) })).toBe('1 row was skipped:');
  });

  it("formats numbers in the language's own way", () => {
    inLanguage('hu');
    expect(formatNumber(1234567, 'count')).toBe('1\u00a0234\u00a0567');
    inLanguage('ro');
    expect(formatNumber(0.683, 'share')).toBe('68,3\u00a0%');
    inLanguage('en');
    expect(formatNumber(1234567, 'count')).toBe('1,234,567');
  });
});
