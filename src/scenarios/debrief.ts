/**
 * A scenario's debrief from the runs of A and B: the figures, the step, debrief and note texts
 * with their slots filled (still Markdown), and which answers to the question the run bears out.
 * One pure function for the CLI and the browser, so both give the same numbers and words, in the
 * scenario's language.
 */
import type { RunResult } from '../sim/run/config.ts';
import { computeFigures, type Figure } from './figures.ts';
import { fillTemplate, holds } from './template.ts';
import type { Scenario } from './types.ts';

export interface Debrief {
  figures: Record<string, Figure>;
  /** Each step's text, filled. */
  steps: string[];
  debrief: string;
  note: string;
  /** Indexes of the question's choices that hold for this run (none, one or several). */
  answers: number[];
}

export function debriefOf(scenario: Scenario, a: RunResult, b: RunResult): Debrief {
  const figures = computeFigures(scenario.figures, { A: a, B: b }, scenario.language);
  return {
    figures,
    steps: scenario.steps.map((step) => fillTemplate(step.text, figures).trim()),
    debrief: fillTemplate(scenario.debrief, figures).trim(),
    note: fillTemplate(scenario.note, figures).trim(),
    answers: scenario.question.choices.flatMap((choice, index) => (holds(choice.holds, figures) ? [index] : [])),
  };
}
