/**
 * The core's words: in English they are the schema's and the series' own, to the letter; in
 * another language every parameter, option, group and series has its own words.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { groups, paramDef, paramKeys } from '../../../src/sim/params/schema.ts';
import { allowedText, choiceName, groupTitle, paramText, seriesName } from '../../../src/app/i18n/coreText.ts';
import { allSeries } from '../../../src/sim/metrics/series.ts';
import { LANGUAGES } from '../../../src/app/i18n/languages.ts';
import { readLanguageFrom } from '../../../src/app/i18n/t.ts';

afterEach(() => readLanguageFrom(() => 'en'));

describe('parameter texts', () => {
  it('are the schema’s own in English', () => {
    for (const key of paramKeys) {
      const def = paramDef(key);
      expect(paramText(key)).toEqual({ label: def.label, unit: def.unit, help: def.help });
      if (def.kind === 'choice') for (const choice of def.choices) expect(choiceName(key, choice)).toBe(choice);
    }
    for (const group of groups) expect(groupTitle(group.id)).toBe(group.title);
    for (const series of allSeries) expect(seriesName(series.name)).toBe(series.description);
  });

  it('are translated in every other language, with a unit wherever English has one', () => {
    for (const language of LANGUAGES.filter((code) => code !== 'en')) {
      readLanguageFrom(() => language);
      const labels = new Set<string>();
      for (const key of paramKeys) {
        const text = paramText(key);
        expect(text.label.length, `${language} ${key}`).toBeGreaterThan(0);
        expect(text.help.length, `${language} ${key}`).toBeGreaterThan(0);
        expect(text.unit === '', `${language} ${key} unit`).toBe(paramDef(key).unit === '');
        labels.add(text.label);
      }
      // A label left in English would show as the same text in two languages for many parameters.
      const english = paramKeys.filter((key) => paramText(key).help === paramDef(key).help);
      expect(english, `${language}: help texts left in English`).toEqual([]);
      expect(labels.size, `${language}: two parameters with one label`).toBeGreaterThan(paramKeys.length * 0.95);
      expect(allSeries.filter((series) => seriesName(series.name) === series.description).map((series) => series.name), `${language}: series left in English`).toEqual([]);
    }
  });

  it('say what a field takes in the language on screen, with its decimals', () => {
    expect(allowedText('discount.rate')).toBe('a number from 0 to 0.5');
    readLanguageFrom(() => 'hu');
    expect(allowedText('discount.rate')).toBe('egy 0 és 0,5 közötti szám');
    readLanguageFrom(() => 'ru');
    expect(allowedText('discount.rate')).toBe('число от 0 до 0,5');
  });
});
