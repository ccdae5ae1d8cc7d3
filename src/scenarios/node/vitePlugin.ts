/**
 * The Vite plugin that brings the scenarios into the app, checked at build time: every file of
 * content/scenarios is read and checked when the build starts, and a bad file fails the build
 * with its path and the reason. The app imports
 *   virtual:scenarios          the cards (id, title, summary, sources) and `loadScenario(id)`;
 *   virtual:scenario/<id>      one checked scenario, loaded only when it is opened.
 * In the dev server a changed file is checked again and reloads the page, or shows why it was refused.
 */
import type { Plugin } from 'vite';
import { cardOf, type Scenario } from '../types.ts';
import { readScenarios, SCENARIO_DIR, scenarioFiles } from './readScenarios.ts';

const CATALOGUE = 'virtual:scenarios';
const ONE = 'virtual:scenario/';
const RESOLVED = '\0';

/** `dir`: the folder of scenario files (the tests give their own). */
export function scenariosPlugin(dir: string = SCENARIO_DIR): Plugin {
  let scenarios: Scenario[] = [];
  return {
    name: 'retention-lab-scenarios',
    buildStart() {
      for (const path of scenarioFiles(dir)) this.addWatchFile(path);
      const read = readScenarios(dir);
      if (!read.ok) this.error(`scenario file refused: ${read.error}`);
      scenarios = read.value;
    },
    resolveId(id) {
      return id === CATALOGUE || id.startsWith(ONE) ? RESOLVED + id : null;
    },
    load(id) {
      if (id === RESOLVED + CATALOGUE) {
        const loaders = scenarios.map((scenario) => `${JSON.stringify(scenario.id)}: () => import(${JSON.stringify(ONE + scenario.id)})`);
        return [
          `export const scenarioCards = ${JSON.stringify(scenarios.map(cardOf))};`,
          `const loaders = {${loaders.join(',')}};`,
          'export function loadScenario(id) { const load = loaders[id]; return load ? load().then((module) => module.default) : Promise.resolve(null); }',
        ].join('\n');
      }
      if (id.startsWith(RESOLVED + ONE)) {
        const scenario = scenarios.find((candidate) => candidate.id === id.slice(RESOLVED.length + ONE.length));
        if (!scenario) this.error(`no scenario "${id.slice(RESOLVED.length + ONE.length)}" in ${dir}`);
        return `export default ${JSON.stringify(scenario)};`;
      }
      return null;
    },
    configureServer(server) {
      server.watcher.add(dir);
      server.watcher.on('change', (path) => {
        if (!path.startsWith(dir)) return;
        // In the dev server a bad file is shown in the error overlay; the last good scenarios stay.
        const read = readScenarios(dir);
        if (!read.ok) {
          server.config.logger.error(`scenario file refused: ${read.error}`);
          server.ws.send({ type: 'error', err: { message: `scenario file refused: ${read.error}`, stack: '' } });
          return;
        }
        scenarios = read.value;
        for (const module of server.moduleGraph.idToModuleMap.values()) {
          if (module.id?.startsWith(RESOLVED + 'virtual:scenario')) server.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
