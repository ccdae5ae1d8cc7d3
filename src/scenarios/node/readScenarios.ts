/**
 * Reading every scenario file of content/scenarios from disk (Node only: the Vite plugin, the CLI
 * and the tests). The file `<id>.md` holds the scenario `<id>`; scenarios come in their `order`. A
 * bad file is refused with its path, relative to the project, and the reason.
 *
 * English is the source; a translation is `content/<lang>/scenarios/<id>.md`, read by the same
 * loader in its language and refused where it differs from its English in more than words
 * (translation.ts). A scenario not yet translated is shown in English.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Checked } from '../../sim/params/validate.ts';
import { loadScenario } from '../load.ts';
import { translationDifference } from '../translation.ts';
import type { Scenario } from '../types.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CONTENT_DIR = join(PROJECT_ROOT, 'content');
export const SCENARIO_DIR = join(CONTENT_DIR, 'scenarios');

/** The folder of a language's translated scenarios under a content folder. */
export function translationDir(language: string, content: string = CONTENT_DIR): string {
  return join(content, language, 'scenarios');
}

/** The languages with a folder of translated scenarios (`content/<lang>/scenarios`), in name order. */
export function translatedLanguages(content: string = CONTENT_DIR): string[] {
  return readdirSync(content, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[a-z]{2,3}$/.test(entry.name) && existsSync(translationDir(entry.name, content)))
    .map((entry) => entry.name)
    .sort();
}

/** The scenario files of a folder, in name order. */
export function scenarioFiles(dir: string = SCENARIO_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(dir, name));
}

export function readScenario(path: string, language = 'en'): Checked<Scenario> {
  return loadScenario(relative(PROJECT_ROOT, path), basename(path, '.md'), readFileSync(path, 'utf8'), language);
}

/** A translation read in its language and held to its English: the same scenario in other words. */
export function readTranslation(path: string, english: Scenario, language: string): Checked<Scenario> {
  const read = readScenario(path, language);
  if (!read.ok) return read;
  const difference = translationDifference(english, read.value);
  if (difference) return { ok: false, error: `${relative(PROJECT_ROOT, path)}: differs from its English in more than words at ${difference}` };
  return read;
}

/**
 * Each language's scenarios, in the English order: the translations of a language's folder, and
 * the English scenario where a file is not yet translated. A translation with no English file, or
 * one that is refused, is the answer's refusal.
 */
export function readTranslations(english: readonly Scenario[], content: string = CONTENT_DIR): Checked<Record<string, Scenario[]>> {
  const byLanguage: Record<string, Scenario[]> = {};
  for (const language of translatedLanguages(content)) {
    const dir = translationDir(language, content);
    const translated = new Map<string, Scenario>();
    for (const path of scenarioFiles(dir)) {
      const id = basename(path, '.md');
      const source = english.find((scenario) => scenario.id === id);
      if (!source) return { ok: false, error: `${relative(PROJECT_ROOT, path)}: there is no English scenario "${id}" to translate` };
      const read = readTranslation(path, source, language);
      if (!read.ok) return read;
      translated.set(id, read.value);
    }
    byLanguage[language] = english.map((scenario) => translated.get(scenario.id) ?? scenario);
  }
  return { ok: true, value: byLanguage };
}

/** Every scenario of the folder in the home page's order, or the first file's refusal. */
export function readScenarios(dir: string = SCENARIO_DIR): Checked<Scenario[]> {
  const scenarios: Scenario[] = [];
  for (const path of scenarioFiles(dir)) {
    const checked = readScenario(path);
    if (!checked.ok) return checked;
    scenarios.push(checked.value);
  }
  scenarios.sort((one, other) => one.order - other.order || one.id.localeCompare(other.id));
  return { ok: true, value: scenarios };
}
