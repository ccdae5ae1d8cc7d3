/**
 * `npm run scenarios:check -- <lang> [id…]`: checks the translations of the scenarios into a
 * language (all of its folder when no id is given). A translation is refused when the app's loader
 * refuses it, when it differs from its English in more than words, or when its quotes of the
 * language's own article are not verbatim (the article is read from ../shared/seeds); then the
 * notes a reviewer should look at are listed (English words left, counts without agreement).
 * Prints "ok" for each file that passes; exits 1 when a file is refused, 2 on a bad argument.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLES, originalProblems } from '../build/originals.ts';
import { translationNotes } from '../build/translationNotes.ts';
import { PROJECT_ROOT, readScenarios, readTranslation, scenarioFiles, translationDir } from '../scenarios/node/readScenarios.ts';
import { runMain } from './runMain.ts';

const SEEDS_DIR = join(PROJECT_ROOT, '..', 'shared', 'seeds');

/** The text of the article written in `language`, or null when there is none or the seeds are not beside the project. */
function articleIn(language: string): string | null {
  const article = Object.values(ARTICLES).find((candidate) => candidate.language === language);
  if (!article || !existsSync(SEEDS_DIR)) return null;
  const file = readdirSync(SEEDS_DIR).find((name) => name.startsWith(article.seedPrefix));
  return file ? readFileSync(join(SEEDS_DIR, file), 'utf8') : null;
}

function main(argv: readonly string[]): number {
  const [language, ...ids] = argv;
  if (!language || !/^[a-z]{2,3}$/.test(language) || language === 'en') {
    process.stderr.write('usage: npm run scenarios:check -- <lang> [id…]   (lang: ru, hu or ro)\n');
    return 2;
  }
  const english = readScenarios();
  if (!english.ok) {
    process.stderr.write(`the English scenarios are refused: ${english.error}\n`);
    return 1;
  }
  const dir = translationDir(language);
  const paths = ids.length > 0 ? ids.map((id) => join(dir, `${id}.md`)) : existsSync(dir) ? scenarioFiles(dir) : [];
  if (paths.length === 0) {
    process.stderr.write(`no translations in ${dir}\n`);
    return 2;
  }
  const article = articleIn(language);
  let refused = 0;
  for (const path of paths) {
    const id = path.slice(dir.length + 1, -'.md'.length);
    const source = english.value.find((scenario) => scenario.id === id);
    const problems: string[] = [];
    const notes: string[] = [];
    if (!source) problems.push(`there is no English scenario "${id}"`);
    else if (!existsSync(path)) problems.push(`${path} does not exist`);
    else {
      const read = readTranslation(path, source, language);
      if (!read.ok) problems.push(read.error);
      else {
        if (article !== null) problems.push(...originalProblems(source.story, read.value.story, language, article));
        notes.push(...translationNotes(read.value));
      }
    }
    if (problems.length > 0) refused++;
    process.stdout.write(`${language}/${id}: ${problems.length > 0 ? 'refused' : 'ok'}\n`);
    for (const problem of problems) process.stdout.write(`  refused: ${problem}\n`);
    for (const note of notes) process.stdout.write(`  look at: ${note}\n`);
  }
  if (article === null && language in { ru: 1, hu: 1, ro: 1 }) process.stdout.write(`(the quotes were not checked: no article in ${SEEDS_DIR})\n`);
  return refused > 0 ? 1 : 0;
}

runMain(() => main(process.argv.slice(2)));
