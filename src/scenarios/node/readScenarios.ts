/**
 * Reading every scenario file of content/scenarios from disk (Node only: the Vite plugin, the CLI
 * and the tests). The file `<id>.md` holds the scenario `<id>`; scenarios come in their `order`. A
 * bad file is refused with its path, relative to the project, and the reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Checked } from '../../sim/params/validate.ts';
import { loadScenario } from '../load.ts';
import type { Scenario } from '../types.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SCENARIO_DIR = join(PROJECT_ROOT, 'content', 'scenarios');

/** The scenario files of a folder, in name order. */
export function scenarioFiles(dir: string = SCENARIO_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(dir, name));
}

export function readScenario(path: string): Checked<Scenario> {
  return loadScenario(relative(PROJECT_ROOT, path), basename(path, '.md'), readFileSync(path, 'utf8'));
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
