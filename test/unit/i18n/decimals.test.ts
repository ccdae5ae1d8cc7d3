/** Decimals in fields: shown and read in the language's separator, never confusing a thousands comma in English. */
import { afterEach, describe, expect, it } from 'vitest';
import { decimalSeparator, readDecimal, shownDecimal } from '../../../src/app/i18n/decimals.ts';
import { readLanguageFrom } from '../../../src/app/i18n/t.ts';

afterEach(() => readLanguageFrom(() => 'en'));

describe('decimals in fields', () => {
  it('keep the point in English and leave a comma for the check to refuse', () => {
    expect(decimalSeparator()).toBe('.');
    expect(shownDecimal(0.45)).toBe('0.45');
    expect(readDecimal('1,000')).toBe('1,000');
  });

  it('show and read a decimal comma in Hungarian, Russian and Romanian, keeping every digit', () => {
    for (const language of ['hu', 'ru', 'ro'] as const) {
      readLanguageFrom(() => language);
      expect(decimalSeparator()).toBe(',');
      expect(shownDecimal(0.001333)).toBe('0,001333');
      expect(shownDecimal(100000)).toBe('100000');
      expect(readDecimal('0,45')).toBe('0.45');
      expect(readDecimal('0.45')).toBe('0.45');
      expect(readDecimal('1,2,3')).toBe('1,2,3');
    }
  });
});
