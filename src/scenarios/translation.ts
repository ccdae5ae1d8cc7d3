/**
 * A scenario's translation against its English: a translation changes the words and nothing
 * else. Everything the runs, the question's answers, the figures, the steps, the sweep, the
 * levers, the what-ifs and the checks rest on must be the English file's to the value, every list
 * as long, and every section read the same figures, so a Hungarian class sees the same numbers as
 * an English one. `translationDifference` names the first place where that fails.
 */
import { templateNames, type TemplateNode } from './template.ts';
import type { Scenario } from './types.ts';

/** The figure names a template reads, once each, sorted. */
function figuresRead(nodes: readonly TemplateNode[]): string[] {
  return [...new Set(templateNames(nodes))].sort();
}

/** What a translation must keep: the scenario without its words. */
function structureOf(scenario: Scenario): unknown {
  const { teacher } = scenario;
  return {
    id: scenario.id,
    order: scenario.order,
    sources: scenario.sources,
    seed: scenario.seed,
    weeks: scenario.weeks,
    people: scenario.people,
    variants: { A: scenario.variants.A.overrides, B: scenario.variants.B.overrides },
    question: { choices: scenario.question.choices.map((choice) => choice.holds.source) },
    figures: Object.fromEntries(Object.entries(scenario.figures).map(([name, { label: _label, ...spec }]) => [name, spec])),
    steps: scenario.steps.map((step) => ({ week: step.week, chart: step.chart, figure: step.figure, reads: figuresRead(step.text) })),
    holds: scenario.holds && { axes: scenario.holds.axes, repetitions: scenario.holds.repetitions, measure: scenario.holds.measure },
    debrief: { reads: figuresRead(scenario.debrief) },
    note: { reads: figuresRead(scenario.note) },
    levers: scenario.levers.map((lever) => lever.overrides),
    whatIfs: scenario.whatIfs.map((whatIf) => whatIf.changes),
    teacher: {
      minutes: teacher.minutes,
      goals: teacher.goals.length,
      ask: { story: teacher.ask.story.length, steps: teacher.ask.steps.map((questions) => questions.length), holds: teacher.ask.holds.length, debrief: teacher.ask.debrief.length },
      misconceptions: teacher.misconceptions.length,
    },
    check: scenario.check.map((question) => ({ answer: question.answer, choices: question.choices.length })),
  };
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? 'nothing';
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

function firstDifference(english: unknown, translated: unknown, path: string): string | null {
  if (Array.isArray(english) && Array.isArray(translated)) {
    if (english.length !== translated.length) return `${path}: ${translated.length} items where the English has ${english.length}`;
    for (const [index, item] of english.entries()) {
      const found = firstDifference(item, translated[index], `${path}.${index}`);
      if (found) return found;
    }
    return null;
  }
  if (english && translated && typeof english === 'object' && typeof translated === 'object') {
    const keys = [...new Set([...Object.keys(english), ...Object.keys(translated)])].sort();
    for (const key of keys) {
      const found = firstDifference((english as Record<string, unknown>)[key], (translated as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
      if (found) return found;
    }
    return null;
  }
  return Object.is(english, translated) ? null : `${path}: ${show(translated)} where the English has ${show(english)}`;
}

/** Where the translation differs from its English in more than words ("steps.2.reads: …"), or null. */
export function translationDifference(english: Scenario, translated: Scenario): string | null {
  return firstDifference(structureOf(english), structureOf(translated), '');
}
