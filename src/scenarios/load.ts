/**
 * Reading one scenario file into a checked Scenario, or a refusal that starts with the file's
 * path and says what is wrong and where. The same function runs when Vite builds the app (a bad
 * file fails the build), in the CLI and in the tests. Parameters are checked against the model's
 * schema, so a scenario that names a parameter the model does not have is refused by name.
 * A file is read in a language (a BCP 47 tag, English by default): its plural tags must give
 * every form that language's plurals take, and its figures are written in it.
 */
import { parse as parseYaml } from 'yaml';
import sourceIds from '../../content/sourceIds.json' with { type: 'json' };
import { paramsWith, type Checked } from '../sim/params/validate.ts';
import { seriesUnit } from './figures.ts';
import { checkFrontMatter, type FrontMatter } from './fileSchema.ts';
import { HOLDS_HEADING, readSections, splitFile, TEACHER_HEADING, type BodySections } from './sections.ts';
import { axisFromText, axisName, overlaps, type Axis } from '../experiment/axis.ts';
import { parseMeasure } from '../experiment/measure.ts';
import { sweepRunBound } from '../experiment/plan.ts';
import { parseCondition, parseTemplate, pluralFormProblems, pluralTags, templateNames, conditionNames, type TemplateNode } from './template.ts';
import { VARIANTS, type TeacherNotes, type CheckQuestion, type Choice, type Lever, type FigureSpec, type Overrides, type Scenario, type ScenarioStep, type Variant, type WhatIf, type WhereItHolds } from './types.ts';

export const SCENARIO_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A problem found while reading a file, with where in the file it is. */
class Refusal extends Error {}

function need<T>(checked: Checked<T>, where: string): T {
  if (!checked.ok) throw new Refusal(`${where}: ${checked.error}`);
  return checked.value;
}

function checkParams(overrides: Overrides, where: string): void {
  need(paramsWith(overrides), where);
}

function figureSpecs(front: FrontMatter): Record<string, FigureSpec> {
  const specs: Record<string, FigureSpec> = {};
  for (const [name, figure] of Object.entries(front.figures)) {
    const where = `figures.${name}`;
    const series = 'crossing' in figure ? figure.crossing : figure.series;
    if (seriesUnit(series) === undefined) throw new Refusal(`${where}: there is no series "${series}" (see the CLI's JSON "series")`);
    if ('crossing' in figure) {
      specs[name] = { kind: 'crossing', label: figure.label, series };
    } else {
      if (figure.at !== undefined && figure.at > front.weeks) throw new Refusal(`${where}.at: week ${figure.at} is past the run's ${front.weeks} weeks`);
      const { run, at = null, sum = false, absolute = false } = figure;
      specs[name] = { kind: 'value', label: figure.label, series, run, at, sum, absolute };
    }
  }
  return specs;
}

function template(source: string, where: string, figures: Record<string, FigureSpec>, language: string): TemplateNode[] {
  const nodes = need(parseTemplate(source), where);
  for (const name of templateNames(nodes)) {
    if (!(name in figures)) throw new Refusal(`${where}: the template reads "${name}", which is not among the figures`);
  }
  for (const tag of pluralTags(nodes)) {
    const { missing, unknown } = pluralFormProblems(tag.forms, language);
    if (missing.length > 0) throw new Refusal(`${where}: the plural tag of "${tag.name}" lacks the form${missing.length > 1 ? 's' : ''} ${missing.join(', ')} that "${language}" takes`);
    if (unknown.length > 0) throw new Refusal(`${where}: the plural tag of "${tag.name}" gives ${unknown.join(', ')}, which "${language}" has not`);
  }
  return nodes;
}

function frontMatterOf(frontMatter: string): FrontMatter {
  let data: unknown;
  try {
    data = parseYaml(frontMatter);
  } catch (error) {
    throw new Refusal(`front matter: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  const checked = checkFrontMatter(data);
  if (!checked.ok) throw new Refusal(checked.errors.join('; '));
  const known = new Set(sourceIds.ids);
  for (const [index, sourceId] of checked.value.sources.entries()) {
    if (!known.has(sourceId)) throw new Refusal(`sources.${index}: "${sourceId}" is not an id of content/sourceIds.json`);
  }
  return checked.value;
}

function variantsOf(front: FrontMatter): Scenario['variants'] {
  const variants = {} as Scenario['variants'];
  for (const variant of VARIANTS) {
    const overrides = { ...front.shared, ...front.variants[variant].set };
    checkParams(overrides, `variants.${variant}.set`);
    variants[variant] = { name: front.variants[variant].name, overrides };
  }
  return variants;
}

function choicesOf(front: FrontMatter, figures: Record<string, FigureSpec>): Choice[] {
  return front.question.choices.map((choice, index) => {
    const when = need(parseCondition(choice.holds), `question.choices.${index}.holds`);
    for (const name of conditionNames(when)) {
      if (!(name in figures)) throw new Refusal(`question.choices.${index}.holds: "${name}" is not among the figures`);
    }
    return { label: choice.label, holds: when };
  });
}

function stepsOf(front: FrontMatter, texts: BodySections['steps'], figures: Record<string, FigureSpec>, language: string): ScenarioStep[] {
  return front.steps.map((step, index) => {
    if (step.week > front.weeks) throw new Refusal(`steps.${index}.week: week ${step.week} is past the run's ${front.weeks} weeks`);
    if (step.figure !== undefined && !(step.figure in figures)) throw new Refusal(`steps.${index}.figure: "${step.figure}" is not among the figures`);
    return {
      title: texts[index].title,
      text: template(texts[index].text, `## Step ${index + 1}`, figures, language),
      week: step.week,
      chart: step.chart,
      figure: step.figure ?? null,
    };
  });
}

/** Runs a scenario's sweep may take: live in a classroom, about half a minute on two cores. */
export const MAX_HOLDS_RUNS = 400;

function holdsOf(front: FrontMatter, text: string | null): WhereItHolds | null {
  if (!front.holds || text === null) return null;
  if (/\{\{/.test(text)) throw new Refusal(`## ${HOLDS_HEADING}: the text is read before the sweep runs, so it may not hold {{…}} slots`);
  const axes: Axis[] = front.holds.sweep.map((sweep, index) => need(axisFromText(sweep, true), `holds.sweep.${index}`));
  if (axes.length === 2 && overlaps(axes[0], axes[1])) throw new Refusal(`holds.sweep: ${axisName(axes[0])} and ${axisName(axes[1])} set the same parameter`);
  const measure = need(parseMeasure(front.holds.measure, front.weeks, true), 'holds.measure');
  const repetitions = front.holds.seeds;
  const runs = sweepRunBound(axes, repetitions, true);
  if (runs > MAX_HOLDS_RUNS) throw new Refusal(`holds: the sweep takes ${runs} runs; at most ${MAX_HOLDS_RUNS} (fewer steps or seeds)`);
  return { text, axes, repetitions, measure };
}

/** The keys in which two sets of parameters differ. */
function differingKeys(one: Overrides, other: Overrides): string[] {
  const first = need(paramsWith(one), 'levers');
  const second = need(paramsWith(other), 'levers');
  return Object.keys(first).filter((key) => first[key as keyof typeof first] !== second[key as keyof typeof second]);
}

function leversOf(front: FrontMatter, variants: Scenario['variants']): Lever[] {
  if (!front.levers) return [];
  let overrides: Overrides = { ...variants.A.overrides };
  const levers = front.levers.map((lever, index) => {
    const before = overrides;
    overrides = { ...overrides, ...lever.set };
    checkParams(overrides, `levers.${index}.set`);
    if (differingKeys(before, overrides).length === 0) throw new Refusal(`levers.${index}: changes nothing that the levers before it had not`);
    return { label: lever.label, overrides };
  });
  const left = differingKeys(overrides, variants.B.overrides);
  if (left.length > 0) throw new Refusal(`levers: applied in turn to A they do not give B, which differs still in ${left.join(', ')}`);
  return levers;
}

function whatIfsOf(front: FrontMatter, variants: Scenario['variants']): WhatIf[] {
  return front.whatIfs.map((whatIf, index) => {
    const changes = {} as Record<Variant, Overrides>;
    for (const variant of VARIANTS) {
      changes[variant] = { ...whatIf.both, ...whatIf[variant] };
      checkParams({ ...variants[variant].overrides, ...changes[variant] }, `whatIfs.${index} (${variant})`);
    }
    if (Object.keys(changes.A).length + Object.keys(changes.B).length === 0) throw new Refusal(`whatIfs.${index}: changes no parameter`);
    return { label: whatIf.label, changes };
  });
}

const TEACHER_PLACES = 'the teacher\'s notes ("teacher:" in the front matter and "## For the teacher" in the body)';

function noSlots(text: string, where: string): string {
  if (/\{\{/.test(text)) throw new Refusal(`${where}: the teacher's notes are read before the run, so they may not hold {{…}} slots`);
  return text;
}

function teacherOf(front: FrontMatter, sections: BodySections): TeacherNotes {
  const notes = front.teacher;
  const body = sections.teacher;
  if (!notes && !body) throw new Refusal(`${TEACHER_PLACES} are missing: every scenario has them`);
  if (!notes || !body) throw new Refusal(`${TEACHER_PLACES} come together: this file has only ${notes ? 'the front matter\'s' : 'the body\'s'}`);
  if (notes.ask.steps.length !== front.steps.length) {
    throw new Refusal(`teacher.ask.steps: one list of questions per step, ${front.steps.length}, not ${notes.ask.steps.length}`);
  }
  if ((notes.ask.holds !== undefined) !== (front.holds !== undefined)) {
    throw new Refusal(`teacher.ask.holds: questions for "Where does it hold?" ${front.holds ? 'are needed, as the file sweeps' : 'belong only to a file that sweeps (holds:)'}`);
  }
  const questions = [...notes.ask.story, ...notes.ask.steps.flat(), ...(notes.ask.holds ?? []), ...notes.ask.debrief];
  const plain = [...notes.goals, ...questions, ...notes.misconceptions.flatMap((one) => [one.belief, one.answer])];
  for (const text of plain) noSlots(text, 'teacher');
  return {
    minutes: notes.minutes,
    goals: notes.goals,
    ask: { story: notes.ask.story, steps: notes.ask.steps, holds: notes.ask.holds ?? [], debrief: notes.ask.debrief },
    misconceptions: notes.misconceptions,
    howToRun: noSlots(body.howToRun, `## ${TEACHER_HEADING}`),
    debrief: noSlots(body.debrief, `## ${TEACHER_HEADING}`),
    followUp: noSlots(body.followUp, `## ${TEACHER_HEADING}`),
  };
}

function checkOf(front: FrontMatter): CheckQuestion[] {
  if (!front.check) throw new Refusal('check: the learning check is missing: every scenario has two or three questions');
  for (const item of front.check) {
    for (const text of [item.question, ...item.choices, item.why]) {
      if (/\{\{/.test(text)) throw new Refusal('check: the learning check is answered before the run, so it may not hold {{…}} slots');
    }
    if (new Set(item.choices).size !== item.choices.length) throw new Refusal(`check: "${item.question}" offers the same choice twice`);
  }
  return front.check.map((item) => ({ question: item.question, choices: item.choices, answer: item.answer, why: item.why }));
}

function build(id: string, source: string, language: string): Scenario {
  if (!SCENARIO_ID.test(id)) throw new Refusal(`the file name must be the scenario's id in lower case with hyphens, not "${id}"`);
  const parts = need(splitFile(source), 'front matter');
  const front = frontMatterOf(parts.frontMatter);
  const variants = variantsOf(front);
  const figures = figureSpecs(front);
  const sections = need(readSections(parts.body, front.steps.length, front.holds !== undefined), 'body');
  if (/\{\{/.test(sections.story)) throw new Refusal('## Story: the story is told before the run, so it may not hold {{…}} slots');
  return {
    id,
    language,
    title: front.title,
    summary: front.summary,
    order: front.order,
    sources: front.sources,
    seed: front.seed,
    weeks: front.weeks,
    people: front.people,
    variants,
    question: { text: front.question.text, choices: choicesOf(front, figures) },
    figures,
    story: sections.story,
    steps: stepsOf(front, sections.steps, figures, language),
    holds: holdsOf(front, sections.holds),
    debrief: template(sections.debrief, '## Debrief', figures, language),
    levers: leversOf(front, variants),
    note: template(sections.note, '## Note', figures, language),
    whatIfs: whatIfsOf(front, variants),
    teacher: teacherOf(front, sections),
    check: checkOf(front),
  };
}

/** The scenario in a file written in `language`, or "<path>: <what is wrong>". */
export function loadScenario(path: string, id: string, source: string, language = 'en'): Checked<Scenario> {
  try {
    return { ok: true, value: build(id, source, language) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: `${path}: ${error.message}` };
    throw error;
  }
}
