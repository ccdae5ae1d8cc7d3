/**
 * What a scenario is once its file has been read and checked: a story from the articles, a
 * question to predict, two variants (A: the status quo or what the article warns against; B: what
 * it advises) run on the same people and seed, steps through the run, a debrief whose numbers
 * come from the run, "what if" changes to try in the sandbox, and an honest note. Prose is
 * Markdown; the step, debrief and note texts may hold templates (template.ts) filled from the
 * run. Weeks in a scenario count weeks elapsed (1 to the run's length), as the charts label them.
 */
import type { Axis } from '../experiment/axis.ts';
import type { Measure } from '../experiment/measure.ts';
import type { ParamValue } from '../sim/params/types.ts';
import type { Condition, TemplateNode } from './template.ts';

export const VARIANTS = ['A', 'B'] as const;
export type Variant = (typeof VARIANTS)[number];

/** Parameter values that differ from the schema's defaults, by key. */
export type Overrides = Record<string, ParamValue>;

/** A number taken from the runs for the debrief (figures.ts says how each is computed). */
export type FigureSpec =
  | { kind: 'value'; label: string; series: string; run: Variant | 'B-A'; at: number | null; sum: boolean; absolute: boolean }
  | { kind: 'crossing'; label: string; series: string };

export interface Choice {
  label: string;
  /** When this answer is the run's answer; read against the figures. */
  holds: Condition;
}

export interface ScenarioStep {
  title: string;
  /** Markdown with templates. */
  text: TemplateNode[];
  /** Weeks elapsed that the step shows the run up to. */
  week: number;
  /** The id of the chart to look at (chartIds.ts). */
  chart: string;
  /** The figure to look at, if any. */
  figure: string | null;
}

/**
 * The step "Where does it hold?": a sweep of the one or two assumptions the verdict hangs on, over
 * a few seeds, run live in the page (src/experiment), with the zero contour and a sentence from
 * the result. Its text is Markdown without templates (it is read before the sweep runs).
 */
export interface WhereItHolds {
  text: string;
  axes: Axis[];
  repetitions: number;
  measure: Measure;
}

/**
 * One lever of the way from A to B: the debrief runs A, then A with the first lever, then with the
 * first two, …, and the last is B; each lever's share of B − A is the step it adds, seed by seed.
 */
export interface Lever {
  label: string;
  /** The parameters with this lever and every one before it: A's, then the levers' changes. */
  overrides: Overrides;
}

export interface WhatIf {
  label: string;
  /** Changes on top of each variant's own parameters. */
  changes: Record<Variant, Overrides>;
}

/** A belief learners often bring to the question, and what the runs show instead. */
export interface Misconception {
  belief: string;
  answer: string;
}

/**
 * The teacher's notes of a scenario, shown behind the player's "For the teacher" switch: what
 * the session is for and how long it takes, the questions to ask on each page, the
 * misconceptions to expect, and (Markdown) how to run it, what the debrief shows and why, and
 * what to try next. Read before the run, so no text holds {{…}} slots.
 */
export interface TeacherNotes {
  minutes: number;
  goals: string[];
  /** Questions for the room: after the story, one list per step (in order), at "Where does it hold?" (or none), at the debrief. */
  ask: { story: string[]; steps: string[][]; holds: string[]; debrief: string[] };
  misconceptions: Misconception[];
  howToRun: string;
  debrief: string;
  followUp: string;
}

/**
 * One question of a scenario's learning check, answered on the learner's own device before and
 * after the scenario (src/app/check): the right choice is `answer` (0-based); `why` is shown with
 * the score after the scenario. Read before the run, so no text holds {{…}} slots.
 */
export interface CheckQuestion {
  question: string;
  choices: string[];
  answer: number;
  why: string;
}

export interface Scenario {
  id: string;
  /** The language its texts are written in (a BCP 47 tag: "en", "ru", "hu", "ro"); its figures are written in it too. */
  language: string;
  title: string;
  /** One line for the scenario's card. */
  summary: string;
  /** Where its card comes on the home page: smaller first, then by id. */
  order: number;
  /** Ids of the claims and case studies it rests on (content/sourceIds.json). */
  sources: string[];
  seed: number;
  weeks: number;
  people: number;
  variants: Record<Variant, { name: string; overrides: Overrides }>;
  question: { text: string; choices: Choice[] };
  figures: Record<string, FigureSpec>;
  /** Markdown, told before the run: no templates. */
  story: string;
  steps: ScenarioStep[];
  /** The step "Where does it hold?", after the steps and before the debrief; null without one. */
  holds: WhereItHolds | null;
  debrief: TemplateNode[];
  /** A's changes into B one lever at a time, when A and B differ in more than one; else empty. */
  levers: Lever[];
  note: TemplateNode[];
  whatIfs: WhatIf[];
  /** The teacher's notes (every scenario has them). */
  teacher: TeacherNotes;
  /** The learning check before and after: two or three questions (every scenario has one). */
  check: CheckQuestion[];
}

/** What the home page shows of a scenario before it is opened. */
export interface ScenarioCard {
  id: string;
  /** The language of its title and summary: the language asked for, or English where the scenario is not yet translated. */
  language: string;
  title: string;
  summary: string;
  sources: string[];
  /** The minutes its teacher's notes give the scenario in a session (lesson plans add them up). */
  minutes: number;
}

export function cardOf(scenario: Scenario): ScenarioCard {
  return { id: scenario.id, language: scenario.language, title: scenario.title, summary: scenario.summary, sources: scenario.sources, minutes: scenario.teacher.minutes };
}
