/**
 * The scenarios in Russian, Hungarian and Romanian (content/<lang>/scenarios): every English
 * scenario has its translation in each; a translation is the same scenario in other words (a
 * changed number, parameter, list or figure is refused, so the build fails); its plural tags give
 * every form of its language and the Russian debriefs agree with 1, 2, 5, 21 and 22; its story
 * quotes its own article verbatim (read from ../shared/seeds); no English words are left; the
 * build serves each language and English where a file is not yet translated.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { englishLeft } from '../../../src/build/englishLeft.ts';
import { ARTICLES, originalProblems, quotesIn } from '../../../src/build/originals.ts';
import { scenarioTexts, translationNotes } from '../../../src/build/translationNotes.ts';
import { readScenarios, readTranslations } from '../../../src/scenarios/node/readScenarios.ts';
import { scenariosPlugin } from '../../../src/scenarios/node/vitePlugin.ts';
import { pluralOf } from '../../../src/scenarios/format.ts';
import { fillTemplate, parseTemplate, pluralTags, type FilledFigure, type TemplateNode } from '../../../src/scenarios/template.ts';
import type { Scenario } from '../../../src/scenarios/types.ts';
import { loadScenario } from '../../../src/scenarios/load.ts';

const LANGUAGES = ['ru', 'hu', 'ro'] as const;
const english = readScenarios();
const englishScenarios = english.ok ? english.value : [];
const translations = readTranslations(englishScenarios);
const translated = translations.ok ? translations.value : {};

const seedsDir = new URL('../../../../shared/seeds/', import.meta.url);
function article(language: string): string {
  const prefix = Object.values(ARTICLES).find((one) => one.language === language)!.seedPrefix;
  const name = readdirSync(seedsDir).find((file) => file.startsWith(prefix))!;
  return readFileSync(new URL(name, seedsDir), 'utf8');
}

const good = readFileSync(new URL('./fixtures/good.md', import.meta.url), 'utf8');
const folders: string[] = [];

/** A content folder with the fixture as English and `hu` as its Hungarian translation. */
function content(hu: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  folders.push(dir);
  mkdirSync(join(dir, 'scenarios'));
  mkdirSync(join(dir, 'hu', 'scenarios'), { recursive: true });
  writeFileSync(join(dir, 'scenarios', 'good.md'), good);
  writeFileSync(join(dir, 'hu', 'scenarios', 'good.md'), hu);
  return dir;
}

function translate(hu: string): ReturnType<typeof readTranslations> {
  const dir = content(hu);
  const read = readScenarios(join(dir, 'scenarios'));
  if (!read.ok) throw new Error(read.error);
  return readTranslations(read.value, dir);
}

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the translated scenarios', () => {
  it('load, each the same scenario as its English in other words', () => {
    expect(english.ok).toBe(true);
    expect(translations.ok ? 'ok' : translations.error).toBe('ok');
  });

  for (const language of LANGUAGES) {
    it(`are all there in ${language}, each in its language`, () => {
      expect(translated[language]?.map((scenario) => `${scenario.id}:${scenario.language}`)).toEqual(englishScenarios.map((scenario) => `${scenario.id}:${language}`));
    });

    it(`in ${language} leave no English words in anything a reader sees`, () => {
      const left = (translated[language] ?? []).flatMap((scenario) =>
        scenarioTexts(scenario).flatMap(({ where, text }) => englishLeft(text, language).map((hit) => `${scenario.id} ${where}: ${hit.word} (${hit.around})`)),
      );
      expect(left).toEqual([]);
    });

    it(`in ${language} quote their own article's words verbatim in the story, with the id`, () => {
      const seed = article(language);
      const problems = (translated[language] ?? []).flatMap((scenario) => {
        const source = englishScenarios.find((one) => one.id === scenario.id)!;
        return originalProblems(source.story, scenario.story, language, seed).map((problem) => `${scenario.id}: ${problem}`);
      });
      expect(problems).toEqual([]);
      const quoted = (translated[language] ?? []).flatMap((scenario) => quotesIn(scenario.story, language));
      expect(quoted.length).toBeGreaterThan(0);
    });
  }

  it('keep the birthday-cards story quoting the Romanian article in Romanian, and retelling it elsewhere', () => {
    const romanian = translated.ro?.find((scenario) => scenario.id === 'birthday-cards');
    expect(quotesIn(romanian?.story ?? '', 'ro').map((quote) => quote.id)).toContain('S2.R5');
    const hungarian = translated.hu?.find((scenario) => scenario.id === 'birthday-cards');
    expect(quotesIn(hungarian?.story ?? '', 'hu').filter((quote) => quote.id.startsWith('S2'))).toEqual([]);
  });
});

/** Figures for a template with every number `value`, written as the number alone. */
function figuresAt(scenario: Scenario, value: number): Record<string, FilledFigure> {
  return Object.fromEntries(
    Object.keys(scenario.figures).map((name) => [name, { value, text: String(value), absText: String(value), plural: pluralOf(value, 'count', scenario.language) }]),
  );
}

function templatesOf(scenario: Scenario): TemplateNode[][] {
  return [...scenario.steps.map((step) => step.text), scenario.debrief, scenario.note];
}

describe('the Russian debriefs', () => {
  const russian = translated.ru ?? [];
  const CATEGORY: Record<number, Intl.LDMLPluralRule> = { 1: 'one', 2: 'few', 5: 'many', 21: 'one', 22: 'few' };

  for (const scenario of russian) {
    it(`${scenario.id}: agree with 1, 2, 5, 21 and 22 of every counted figure`, () => {
      // Every counted figure is agreed with by a plural tag, or stands after a colon.
      expect(translationNotes(scenario).filter((note) => note.includes('plural tag'))).toEqual([]);
      for (const [value, category] of Object.entries(CATEGORY)) {
        const figures = figuresAt(scenario, Number(value));
        for (const nodes of templatesOf(scenario)) {
          const text = fillTemplate(nodes, figures);
          for (const tag of pluralTags(nodes)) {
            // The form the tag gives for the figure's number is the category's, written in.
            expect(figures[tag.name].plural).toBe(category);
            expect(tag.forms[category]).toBeTruthy();
          }
          expect(text).not.toMatch(/\{\{|\}\}/);
        }
      }
    });
  }

  it('write the form that agrees with the number', () => {
    const parsed = parseTemplate('{{n}} {{n|one:открытку|few:открытки|many:открыток|other:открытки}}');
    if (!parsed.ok) throw new Error(parsed.error);
    const filled = (value: number) => fillTemplate(parsed.value, { n: { value, text: String(value), absText: String(value), plural: pluralOf(value, 'count', 'ru') } });
    expect([1, 2, 5, 21, 22, 11, 1204].map(filled)).toEqual(['1 открытку', '2 открытки', '5 открыток', '21 открытку', '22 открытки', '11 открыток', '1204 открытки']);
  });
});

describe('a translation', () => {
  const hu = good.replace('title: A test', 'title: Egy próba').replace('A story.', 'Egy történet.');

  it('is served in its language, and English stands in where a file is not translated', () => {
    const dir = content(hu);
    const plugin = scenariosPlugin(join(dir, 'scenarios'), dir);
    const context = { addWatchFile: () => undefined, error: (message: string) => { throw new Error(message); } };
    (plugin.buildStart as (this: unknown) => void).call(context);
    const load = (id: string) => (plugin.load as (this: unknown, id: string) => string).call(context, `\0${id}`);
    expect(load('virtual:scenarios')).toContain('"language":"hu","title":"Egy próba"');
    expect(load('virtual:scenarios')).toContain('import("virtual:scenario/hu/good")');
    expect(JSON.parse(load('virtual:scenario/hu/good').replace(/^export default |;$/g, ''))).toMatchObject({ id: 'good', language: 'hu', story: 'Egy történet.' });
  });

  it('differing from its English in a number, a parameter, a list or a figure read is refused, with where', () => {
    expect(translate(hu).ok).toBe(true);
    const refusal = (changed: string) => {
      const read = translate(changed);
      return read.ok ? 'accepted' : read.error;
    };
    expect(refusal(hu.replace('seed: 3', 'seed: 4'))).toMatch(/hu\/scenarios\/good\.md: differs from its English in more than words at seed: 4 where the English has 3/);
    expect(refusal(hu.replace('bonusBank.enabled: true', 'bonusBank.enabled: false'))).toMatch(/at variants\.B\.bonusBank\.enabled/);
    expect(refusal(hu.replace('    - ["Which line is higher?"]', '    - ["Which line is higher?", "And?"]'))).toMatch(/at teacher\.ask\.steps\.0: 2 where the English has 1/);
    expect(refusal(hu.replace("B's lead: {{gain}}.", 'B előnye.'))).toMatch(/at steps\.1\.reads: 0 items where the English has 1/);
    expect(refusal(hu.replace('holds: gain > 0', 'holds: gain >= 0'))).toMatch(/at question\.choices\.0/);
  });

  it('with a plural tag that lacks a form of its language is refused', () => {
    const tagged = (forms: string) => loadScenario('ru/good.md', 'good', good.replace("B's lead: {{gain}}.", `B's lead: {{gain}} {{gain|${forms}}}.`), 'ru');
    expect(tagged('one:рубль|few:рубля|many:рублей|other:рубля').ok).toBe(true);
    const missing = tagged('one:рубль|other:рубля');
    expect(missing.ok ? '' : missing.error).toMatch(/the plural tag of "gain" lacks the forms few, many that "ru" takes/);
    const unknown = loadScenario('en/good.md', 'good', good.replace("B's lead: {{gain}}.", '{{gain|one:a|few:b|other:c}}'), 'en');
    expect(unknown.ok ? '' : unknown.error).toMatch(/gives few, which "en" has not/);
  });

  it('for another English scenario than there is is refused', () => {
    const dir = content(hu);
    writeFileSync(join(dir, 'hu', 'scenarios', 'other.md'), hu);
    const read = readScenarios(join(dir, 'scenarios'));
    const translated = read.ok ? readTranslations(read.value, dir) : read;
    expect(translated.ok ? '' : translated.error).toMatch(/other\.md: there is no English scenario "other"/);
  });

  it('of the article is checked verbatim, and a quote of another article is refused', () => {
    const seed = 'Первое предложение статьи, довольно длинное. Второе.';
    expect(originalProblems('As S0.R1 says', '«Первое предложение статьи, довольно длинное.» (S0.R1)', 'ru', seed)).toEqual([]);
    expect(originalProblems('As S0.R1 says', '«Первое предложение статьи, очень длинное.» (S0.R1)', 'ru', seed)[0]).toMatch(/not the article's words verbatim/);
    expect(originalProblems('As S0.R1 says', 'Статья говорит (S0.R1)', 'ru', seed)[0]).toMatch(/cites S0\.R1 .* without quoting/);
    expect(originalProblems('S2.R5', '«Первое предложение статьи, довольно длинное.» (S2.R5)', 'ru', seed)[0]).toMatch(/not from the ru article/);
  });

  it('with English left in it is told, Romanian words that look English aside', () => {
    expect(englishLeft('Клиенты the shop', 'ru').map((hit) => hit.word)).toEqual(['the', 'shop']);
    expect(englishLeft('B are un profit mai mare', 'ro')).toEqual([]);
    expect(englishLeft('A látható vonal `the`', 'hu')).toEqual([]);
  });
});
