/**
 * The Vite plugin that brings the scenarios into the app, checked at build time: every file of
 * content/scenarios and of each translation folder (content/<lang>/scenarios) is read and checked
 * when the build starts, and a bad file fails the build with its path and the reason. The app
 * imports
 *   virtual:scenarios              the English cards (id, title, summary, sources), each language's
 *                                  cards (`scenarioCardsIn(lang)`) and `loadScenario(id, lang)`;
 *   virtual:scenario/<lang>/<id>   one checked scenario in one language, loaded only when opened.
 * A scenario not yet translated is served in English in that language's place.
 * In the dev server a changed file is checked again and reloads the page, or shows why it was refused.
 */
import type { Plugin } from 'vite';
import { cardOf, type Scenario } from '../types.ts';
import { CONTENT_DIR, readScenarios, readTranslations, SCENARIO_DIR, scenarioFiles, translatedLanguages, translationDir } from './readScenarios.ts';
import type { Checked } from '../../sim/params/validate.ts';

const CATALOGUE = 'virtual:scenarios';
const ONE = 'virtual:scenario/';
const RESOLVED = '\0';
const ENGLISH = 'en';

type ByLanguage = Record<string, Scenario[]>;

/** Every language's scenarios, English first, or the first refusal. */
function readAll(dir: string, content: string | null): Checked<ByLanguage> {
  const english = readScenarios(dir);
  if (!english.ok) return english;
  const translations = content === null ? ({ ok: true, value: {} } as const) : readTranslations(english.value, content);
  if (!translations.ok) return translations;
  return { ok: true, value: { [ENGLISH]: english.value, ...translations.value } };
}

function catalogue(byLanguage: ByLanguage): string {
  const loaders = Object.values(byLanguage).flatMap((scenarios) =>
    scenarios.map((scenario) => `${JSON.stringify(`${scenario.language}/${scenario.id}`)}: () => import(${JSON.stringify(`${ONE}${scenario.language}/${scenario.id}`)})`),
  );
  const cards = Object.fromEntries(Object.entries(byLanguage).map(([language, scenarios]) => [language, scenarios.map(cardOf)]));
  return [
    `const cardsByLanguage = ${JSON.stringify(cards)};`,
    `export const scenarioCards = cardsByLanguage[${JSON.stringify(ENGLISH)}];`,
    'export function scenarioCardsIn(language) { return cardsByLanguage[language] ?? scenarioCards; }',
    `const loaders = {${[...new Set(loaders)].join(',')}};`,
    'export function loadScenario(id, language = "en") {',
    '  const card = scenarioCardsIn(language).find((candidate) => candidate.id === id);',
    '  const load = card ? loaders[`${card.language}/${id}`] : undefined;',
    '  return load ? load().then((module) => module.default) : Promise.resolve(null);',
    '}',
  ].join('\n');
}

/**
 * `dir`: the folder of English scenario files (the tests give their own); `content`: the folder
 * whose `<lang>/scenarios` hold the translations (none for a folder the tests give).
 */
export function scenariosPlugin(dir: string = SCENARIO_DIR, content: string | null = dir === SCENARIO_DIR ? CONTENT_DIR : null): Plugin {
  let byLanguage: ByLanguage = { [ENGLISH]: [] };
  const folders = () => [dir, ...(content === null ? [] : translatedLanguages(content).map((language) => translationDir(language, content)))];
  return {
    name: 'retention-lab-scenarios',
    buildStart() {
      for (const folder of folders()) for (const path of scenarioFiles(folder)) this.addWatchFile(path);
      const read = readAll(dir, content);
      if (!read.ok) this.error(`scenario file refused: ${read.error}`);
      byLanguage = read.value;
    },
    resolveId(id) {
      return id === CATALOGUE || id.startsWith(ONE) ? RESOLVED + id : null;
    },
    load(id) {
      if (id === RESOLVED + CATALOGUE) return catalogue(byLanguage);
      if (id.startsWith(RESOLVED + ONE)) {
        const [language, scenarioId] = id.slice(RESOLVED.length + ONE.length).split('/');
        const scenario = byLanguage[language]?.find((candidate) => candidate.id === scenarioId && candidate.language === language);
        if (!scenario) this.error(`no scenario "${scenarioId}" in the language "${language}"`);
        return `export default ${JSON.stringify(scenario)};`;
      }
      return null;
    },
    configureServer(server) {
      for (const folder of folders()) server.watcher.add(folder);
      server.watcher.on('change', (path) => {
        if (!folders().some((folder) => path.startsWith(folder))) return;
        // In the dev server a bad file is shown in the error overlay; the last good scenarios stay.
        const read = readAll(dir, content);
        if (!read.ok) {
          server.config.logger.error(`scenario file refused: ${read.error}`);
          server.ws.send({ type: 'error', err: { message: `scenario file refused: ${read.error}`, stack: '' } });
          return;
        }
        byLanguage = read.value;
        for (const module of server.moduleGraph.idToModuleMap.values()) {
          if (module.id?.startsWith(RESOLVED + 'virtual:scenario')) server.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
