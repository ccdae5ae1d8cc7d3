/**
 * The translations' check: the build must stop on a key missing in a language, a placeholder
 * that differs from English, a plural without its catch-all, a key kept twice; and the project's
 * own messages must pass it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueProblems, inputsOf } from '../../../src/build/messageCheck.ts';
import { assertMessagesSound, messageProblems, projectLocales } from '../../../src/build/messages.ts';

const plural = (cases: Record<string, string>) => [{ declarations: ['input count', 'local countPlural = count: plural'], selectors: ['countPlural'], match: cases }];

describe('inputsOf', () => {
  it('reads the placeholders of a text and the inputs of a plural, not its locals', () => {
    expect(inputsOf('{b} beats {a} by {b}')).toEqual(['a', 'b']);
    expect(inputsOf('a literal \\{brace\\}')).toEqual([]);
    expect(inputsOf(plural({ 'countPlural=one': '{count} run of {seed}', 'countPlural=*': '{count} runs of {seed}' }))).toEqual(['count', 'seed']);
  });
});

describe('catalogueProblems', () => {
  const en = { shell: { 'a.run': '{count} runs', 'a.title': 'Title' } };

  it('passes a faithful translation, plural variants included', () => {
    const ru = { shell: { 'a.run': plural({ 'countPlural=one': '{count} прогон', 'countPlural=few': '{count} прогона', 'countPlural=*': '{count} прогонов' }), 'a.title': 'Заголовок' } };
    expect(catalogueProblems({ en, ru }, 'en')).toEqual([]);
  });

  it('names a missing key, a missing file, an extra key, a changed placeholder and a plural without catch-all', () => {
    expect(catalogueProblems({ en, hu: { shell: { 'a.run': '{count} futtatás' } } }, 'en')).toEqual(['hu: "a.title" is missing']);
    expect(catalogueProblems({ en, hu: {} }, 'en')).toContain('hu: the file shell.json is missing');
    expect(catalogueProblems({ en, hu: { shell: { ...en.shell, 'a.extra': 'x' } } }, 'en')).toEqual(['hu: "a.extra" is not an English key']);
    expect(catalogueProblems({ en, hu: { shell: { 'a.run': '{runs} futtatás', 'a.title': 'Cím' } } }, 'en')).toEqual(['hu: "a.run" reads {runs} where English reads {count}']);
    expect(catalogueProblems({ en, ro: { shell: { 'a.run': plural({ 'countPlural=one': '{count} rulare' }), 'a.title': 'Titlu' } } }, 'en')).toEqual([
      'ro: "a.run" has no catch-all variant "countPlural=*"',
    ]);
  });

  it('names a key kept in two area files', () => {
    const twice = { shell: { 'a.title': 'Title' }, charts: { 'a.title': 'Title', 'a.run': '{count} runs' } };
    expect(catalogueProblems({ en: twice }, 'en')).toEqual(['en: "a.title" is kept both in shell.json and in charts.json']);
  });
});

describe("the project's messages", () => {
  it('have every key, placeholder and plural of English in every language', () => {
    expect(messageProblems()).toEqual([]);
    expect(projectLocales().locales).toEqual(['en', 'ru', 'hu', 'ro']);
  });

  it('stop the build when a language lacks a key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'messages-'));
    for (const [language, messages] of Object.entries({ en: { 'nav.home': 'Home', 'nav.model': 'Model' }, hu: { 'nav.home': 'Kezdőlap' } })) {
      mkdirSync(join(dir, language));
      writeFileSync(join(dir, language, 'shell.json'), JSON.stringify(messages));
    }
    // The build's plugin and `npm run messages` run this check before compiling (src/build/messages.ts).
    expect(() => assertMessagesSound(dir, ['en', 'hu'])).toThrow(/hu: "nav\.model" is missing/);
  });
});
