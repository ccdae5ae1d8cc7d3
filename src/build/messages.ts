/**
 * The translations at build time, in Node: where the messages live, reading them from their
 * folders (src/app/i18n/messages/<language>/<area>.json), checking them (src/build/messageCheck.ts)
 * and compiling them with Paraglide JS into src/app/i18n/paraglide/ (git-ignored). The Vite
 * plugins of the build and the dev server check first and stop on any problem, then hand over to
 * Paraglide's own plugin, which recompiles when a message changes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import type { Plugin } from 'vite';
import { catalogueProblems, type Catalogue } from './messageCheck.ts';

const ROOT = resolve(import.meta.dirname, '../..');
export const I18N_DIR = join(ROOT, 'src/app/i18n');
export const MESSAGES_DIR = join(I18N_DIR, 'messages');
export const PROJECT_DIR = join(I18N_DIR, 'project.inlang');
export const PARAGLIDE_DIR = join(I18N_DIR, 'paraglide');

/**
 * Paraglide's compiler options, the same for `npm run messages` and the Vite plugin. The language
 * on screen is chosen by src/app/i18n/language.svelte.ts (address, remembered choice, browser);
 * Paraglide's own strategy only remembers the choice and falls back to English.
 */
export const PARAGLIDE_OPTIONS = {
  project: PROJECT_DIR,
  outdir: PARAGLIDE_DIR,
  strategy: ['localStorage', 'preferredLanguage', 'baseLocale'],
  localStorageKey: 'retention-lab.language',
  emitTsDeclarations: true,
  emitGitIgnore: false,
  emitPrettierIgnore: false,
  emitReadme: false,
} as const;

interface ProjectSettings {
  baseLocale: string;
  locales: string[];
}

/** The base language and every language of the project, from its settings.json. */
export function projectLocales(): ProjectSettings {
  const settings = JSON.parse(readFileSync(join(PROJECT_DIR, 'settings.json'), 'utf8')) as ProjectSettings;
  return { baseLocale: settings.baseLocale, locales: settings.locales };
}

/** One language's area files, parsed; a file that is not JSON is reported by throwing with its path. */
export function readCatalogue(dir: string, language: string, areas?: readonly string[]): Catalogue {
  const folder = join(dir, language);
  const catalogue: Catalogue = {};
  if (!existsSync(folder)) return catalogue;
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json')).sort()) {
    const area = file.slice(0, -'.json'.length);
    if (areas && !areas.includes(area)) continue;
    const path = join(folder, file);
    try {
      catalogue[area] = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new Error(`${path} is not JSON: ${(error as Error).message}`);
    }
  }
  return catalogue;
}

/** The problems of the given languages' messages against the base language's (all of the project's by default). */
export function messageProblems(dir = MESSAGES_DIR, languages = projectLocales().locales, baseLocale = projectLocales().baseLocale, areas?: readonly string[]): string[] {
  const catalogues: Record<string, Catalogue> = {};
  try {
    for (const language of new Set([baseLocale, ...languages])) catalogues[language] = readCatalogue(dir, language, areas);
  } catch (error) {
    return [(error as Error).message];
  }
  for (const language of languages) {
    if (Object.keys(catalogues[language]).length === 0) return [`${language}: no messages in ${join(dir, language)}`];
  }
  return catalogueProblems(catalogues, baseLocale);
}

/** Throws with every problem listed, one to a line, when the messages have any. */
export function assertMessagesSound(dir = MESSAGES_DIR, languages = projectLocales().locales): void {
  const problems = messageProblems(dir, languages);
  if (problems.length > 0) throw new Error(`The translations have ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
}

/** A Vite plugin that stops a build or the dev server when the messages of `dir` have a problem. */
export function messageCheckPlugin(dir = MESSAGES_DIR, languages?: string[]): Plugin {
  return {
    name: 'retention-lab:message-check',
    buildStart() {
      assertMessagesSound(dir, languages ?? projectLocales().locales);
    },
  };
}

/**
 * The plugins of the messages for vite.config.ts: the check, then Paraglide's compiler. None under
 * Vitest, whose runs use what `npm run messages` compiled (npm test's pretest).
 */
export function messagesPlugins(): Plugin[] {
  if (process.env.VITEST) return [];
  return [messageCheckPlugin(), paraglideVitePlugin({ ...PARAGLIDE_OPTIONS, strategy: [...PARAGLIDE_OPTIONS.strategy] }) as Plugin];
}
