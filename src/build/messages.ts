/**
 * The translations at build time, in Node: where the messages live, reading them from their
 * folders (src/app/i18n/messages/<language>/<area>.json), checking them (src/build/messageCheck.ts)
 * and compiling them with Paraglide JS into src/app/i18n/paraglide/ (git-ignored). Two barrels are
 * written beside Paraglide's output: ui.js with the interface's messages (the entry chunk imports
 * it through t.ts) and params.js with the parameter schema's (`param.*`, `paramGroup.*`), which
 * only the views with parameter controls import, so the first page does not load every
 * parameter's help in four languages. The Vite plugin of the build and the dev server runs the
 * same compile and stops on any problem; the dev server recompiles when a message file changes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compile } from '@inlang/paraglide-js';
import type { Plugin } from 'vite';
import { catalogueProblems, type Catalogue } from './messageCheck.ts';
import { paramMessages, seriesMessages } from './schemaMessages.ts';

const ROOT = resolve(import.meta.dirname, '../..');
export const I18N_DIR = join(ROOT, 'src/app/i18n');
export const MESSAGES_DIR = join(I18N_DIR, 'messages');
export const PROJECT_DIR = join(I18N_DIR, 'project.inlang');
export const PARAGLIDE_DIR = join(I18N_DIR, 'paraglide');
/** The barrels of compiled messages the app imports (git-ignored with Paraglide's output). */
export const BARREL_DIR = join(I18N_DIR, 'compiled');
const FINGERPRINT = join(BARREL_DIR, '.fingerprint');

/**
 * Paraglide's compiler options. The language on screen is chosen by
 * src/app/i18n/language.svelte.ts (address, remembered choice, browser); Paraglide's strategy is
 * the remembered choice (`custom-remembered`, defined there, which survives a browser that
 * refuses the page its storage), the browser's preferred language, then English.
 */
export const PARAGLIDE_OPTIONS = {
  project: PROJECT_DIR,
  outdir: PARAGLIDE_DIR,
  strategy: ['custom-remembered', 'preferredLanguage', 'baseLocale'] as ('custom-remembered' | 'preferredLanguage' | 'baseLocale')[],
  emitTsDeclarations: true,
  emitGitIgnore: false,
  emitPrettierIgnore: false,
  emitReadme: false,
};

interface ProjectSettings {
  baseLocale: string;
  locales: string[];
}

/** The base language and every language of the project, from its settings.json. */
export function projectLocales(): ProjectSettings {
  const settings = JSON.parse(readFileSync(join(PROJECT_DIR, 'settings.json'), 'utf8')) as ProjectSettings;
  return { baseLocale: settings.baseLocale, locales: settings.locales };
}

/** One language's area files (all, or the named ones), parsed; a file that is not JSON throws with its path. */
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

/** The English messages of the core's words, written to messages/en/params.json and series.json when they changed. */
export function writeCoreMessages(dir = MESSAGES_DIR): void {
  for (const [area, messages] of [['params', paramMessages()], ['series', seriesMessages()]] as const) {
    const path = join(dir, 'en', `${area}.json`);
    const text = `${JSON.stringify(messages, null, 2)}\n`;
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
  }
}

/** Throws with every problem listed, one to a line, when the messages have any. */
export function assertMessagesSound(dir = MESSAGES_DIR, languages = projectLocales().locales): void {
  const problems = messageProblems(dir, languages);
  if (problems.length > 0) throw new Error(`The translations have ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
}

/** A hash of everything a compile reads. */
function fingerprint(): string {
  const hash = createHash('sha256');
  const paraglide = JSON.parse(readFileSync(join(ROOT, 'node_modules/@inlang/paraglide-js/package.json'), 'utf8')) as { version: string };
  hash.update(paraglide.version);
  hash.update(JSON.stringify(PARAGLIDE_OPTIONS));
  hash.update(readFileSync(join(PROJECT_DIR, 'settings.json')));
  for (const language of readdirSync(MESSAGES_DIR).sort()) {
    for (const file of readdirSync(join(MESSAGES_DIR, language)).sort()) {
      hash.update(`${language}/${file}`);
      hash.update(readFileSync(join(MESSAGES_DIR, language, file)));
    }
  }
  return hash.digest('hex');
}

/** Whether a message key is one of the core's words (a parameter's, a group's, a series'). */
export function isCoreKey(key: string): boolean {
  return (key.startsWith('param.') && !key.startsWith('param.allowed.')) || key.startsWith('paramGroup.') || key.startsWith('series.');
}

/** Writes ui.js and core.js (with their declarations), each re-exporting its share of Paraglide's message modules. */
function writeBarrels(): void {
  const modules = join(PARAGLIDE_DIR, 'messages');
  const ui: string[] = [];
  const core: string[] = [];
  for (const file of readdirSync(modules).filter((name) => name.endsWith('.js') && name !== '_index.js').sort()) {
    const exported = /export \{ \w+ as "([^"]+)" \}/.exec(readFileSync(join(modules, file), 'utf8'));
    if (!exported) throw new Error(`${file} of Paraglide's output exports no message`);
    (isCoreKey(exported[1]) ? core : ui).push(`export * from '../paraglide/messages/${file}';`);
  }
  rmSync(BARREL_DIR, { recursive: true, force: true });
  mkdirSync(BARREL_DIR, { recursive: true });
  for (const [name, lines] of [['ui', ui], ['core', core]] as const) {
    const text = `// Generated by src/build/messages.ts: the ${name === 'ui' ? "interface's" : "core's words'"} messages.\n${lines.join('\n')}\n`;
    writeFileSync(join(BARREL_DIR, `${name}.js`), text);
    writeFileSync(join(BARREL_DIR, `${name}.d.ts`), text);
  }
}

/**
 * Writes the core's English, checks every language, and compiles them, unless nothing
 * changed since the last compile. Returns the seconds the compile took, or null when skipped.
 */
export async function compileMessages(): Promise<number | null> {
  writeCoreMessages();
  assertMessagesSound();
  const print = fingerprint();
  if (existsSync(FINGERPRINT) && readFileSync(FINGERPRINT, 'utf8') === print && existsSync(join(BARREL_DIR, 'ui.js'))) return null;
  const started = performance.now();
  await compile(PARAGLIDE_OPTIONS);
  writeBarrels();
  writeFileSync(FINGERPRINT, print);
  return (performance.now() - started) / 1000;
}

/** A Vite plugin that checks and compiles the messages when a build or the dev server starts, and again when one changes in dev. */
export function messagesPlugin(): Plugin {
  return {
    name: 'retention-lab:messages',
    async buildStart() {
      await compileMessages();
    },
    configureServer(server) {
      server.watcher.add([MESSAGES_DIR, PROJECT_DIR]);
      server.watcher.on('change', (path) => {
        if (!path.startsWith(MESSAGES_DIR) && !path.startsWith(PROJECT_DIR)) return;
        compileMessages().then(
          () => server.ws.send({ type: 'full-reload' }),
          (error: unknown) => server.config.logger.error((error as Error).message),
        );
      });
    },
  };
}

/** The plugins of the messages for vite.config.ts; none under Vitest, whose runs use what `npm run messages` compiled. */
export function messagesPlugins(): Plugin[] {
  return process.env.VITEST ? [] : [messagesPlugin()];
}
