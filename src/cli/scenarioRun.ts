/**
 * `--scenario ID --variant A|B`: runs both variants of a scenario on the same people and seed
 * (the debrief compares them) and prints the chosen variant's run, with the scenario's id, the
 * variant and the debrief (figures, filled texts, the answers the run bears out) added to the
 * JSON, its texts in the language asked for (`--lang`). An unknown id, variant or language is
 * refused with the valid ones; a bad scenario file with its path.
 */
import { readScenarios, readTranslations } from '../scenarios/node/readScenarios.ts';
import { debriefOf } from '../scenarios/debrief.ts';
import { variantConfig } from '../scenarios/run.ts';
import { VARIANTS, type Scenario, type Variant } from '../scenarios/types.ts';
import type { Checked } from '../sim/params/validate.ts';
import type { RunResult } from '../sim/run/config.ts';
import { simulate } from '../sim/run/simulate.ts';

export interface ScenarioOutcome {
  result: RunResult;
  extra: Record<string, unknown>;
}

function isVariant(value: string): value is Variant {
  return (VARIANTS as readonly string[]).includes(value);
}

/** The checked scenarios, or the refusal of the first bad file. */
export function scenariosOnDisk(): Checked<Scenario[]> {
  return readScenarios();
}

/** The scenarios in a language (English where a file is not translated), or the refusal naming the languages there are. */
function scenariosIn(language: string): Checked<Scenario[]> {
  const english = scenariosOnDisk();
  if (!english.ok || language === 'en') return english;
  const translations = readTranslations(english.value);
  if (!translations.ok) return translations;
  const scenarios = translations.value[language];
  if (!scenarios) return { ok: false, error: `--lang must be one of ${['en', ...Object.keys(translations.value)].join(', ')}, not "${language}"` };
  return { ok: true, value: scenarios };
}

/** The scenario with this id in a language (English by default), or the refusal naming the ids there are. */
export function scenarioById(id: string, language = 'en'): Checked<Scenario> {
  const scenarios = scenariosIn(language);
  if (!scenarios.ok) return scenarios;
  const scenario = scenarios.value.find((candidate) => candidate.id === id);
  if (!scenario) return { ok: false, error: `--scenario must be one of ${scenarios.value.map((known) => known.id).join(', ')}, not "${id}"` };
  return { ok: true, value: scenario };
}

/** `transactions`: keep the runs' transaction logs (for `--format transactions`). */
export function runScenarioVariant(request: { id: string; variant: string; seed: number | null; language?: string }, transactions = false): Checked<ScenarioOutcome> {
  const found = scenarioById(request.id, request.language);
  if (!found.ok) return found;
  const scenario = found.value;
  const variant = request.variant.toUpperCase();
  if (!isVariant(variant)) return { ok: false, error: `--variant must be one of ${VARIANTS.join(', ')}, not "${request.variant}"` };
  const seed = request.seed ?? scenario.seed;
  const runOf = (arm: Variant) => simulate({ ...variantConfig(scenario, arm, seed), transactions });
  const runs = { A: runOf('A'), B: runOf('B') };
  const debrief = debriefOf(scenario, runs.A, runs.B);
  return {
    ok: true,
    value: {
      result: runs[variant],
      extra: { scenario: { id: scenario.id, language: scenario.language, title: scenario.title, variant, name: scenario.variants[variant].name }, debrief },
    },
  };
}
