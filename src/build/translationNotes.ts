/**
 * What a reviewer of a scenario's translation should look at, beyond what the loader refuses:
 * English words left in its texts (englishLeft.ts), and, in a language whose nouns agree with
 * numbers (Russian, Romanian: more plural forms than one|other), a counted figure with neither a
 * plural tag after it in its sentence nor a colon before it ("Отправлено открыток: {{sent}}").
 */
import { englishLeft } from './englishLeft.ts';
import { kindOfUnit } from '../scenarios/format.ts';
import { seriesUnit } from '../scenarios/figures.ts';
import type { TemplateNode } from '../scenarios/template.ts';
import type { Scenario } from '../scenarios/types.ts';

/** Every text of a scenario a reader sees, with where it is. */
export function scenarioTexts(scenario: Scenario): { where: string; text: string }[] {
  const plain = (nodes: readonly TemplateNode[]): string =>
    nodes.map((node) => (node.type === 'text' ? node.text : node.type === 'if' ? [...node.branches.map((branch) => plain(branch.body)), plain(node.otherwise)].join(' ') : ' ')).join('');
  const { teacher } = scenario;
  return [
    { where: 'title', text: scenario.title },
    { where: 'summary', text: scenario.summary },
    { where: 'variants', text: `${scenario.variants.A.name} ${scenario.variants.B.name}` },
    { where: 'question', text: [scenario.question.text, ...scenario.question.choices.map((choice) => choice.label)].join(' ') },
    ...Object.entries(scenario.figures).map(([name, figure]) => ({ where: `figures.${name}`, text: figure.label })),
    { where: '## Story', text: scenario.story },
    ...scenario.steps.map((step, index) => ({ where: `## Step ${index + 1}`, text: `${step.title}\n${plain(step.text)}` })),
    ...(scenario.holds ? [{ where: '## Where does it hold?', text: scenario.holds.text }] : []),
    { where: '## Debrief', text: plain(scenario.debrief) },
    { where: '## Note', text: plain(scenario.note) },
    ...scenario.levers.map((lever, index) => ({ where: `levers.${index}`, text: lever.label })),
    ...scenario.whatIfs.map((whatIf, index) => ({ where: `whatIfs.${index}`, text: whatIf.label })),
    { where: 'teacher', text: [...teacher.goals, ...teacher.ask.story, ...teacher.ask.steps.flat(), ...teacher.ask.holds, ...teacher.ask.debrief, ...teacher.misconceptions.flatMap((one) => [one.belief, one.answer])].join('\n') },
    { where: '## For the teacher', text: [teacher.howToRun, teacher.debrief, teacher.followUp].join('\n') },
    ...scenario.check.map((question, index) => ({ where: `check.${index}`, text: [question.question, ...question.choices, question.why].join('\n') })),
  ];
}

/** A sentence ends at a stop or a paragraph break (a single line break only wraps the Markdown). */
const SENTENCE_END = /[.!?;]\s|\n\s*\n/;

/** Counted figures in a flat run of nodes with no plural tag in their sentence and no colon before them. */
function unagreedCounts(nodes: readonly TemplateNode[], scenario: Scenario): string[] {
  const found: string[] = [];
  for (const [index, node] of nodes.entries()) {
    if (node.type === 'if') {
      for (const branch of node.branches) found.push(...unagreedCounts(branch.body, scenario));
      found.push(...unagreedCounts(node.otherwise, scenario));
      continue;
    }
    if (node.type !== 'figure') continue;
    const spec = scenario.figures[node.name];
    if (!spec || spec.kind !== 'value' || kindOfUnit(seriesUnit(spec.series) ?? '') !== 'count') continue;
    const before = nodes[index - 1];
    if (before?.type === 'text' && /:\s*\**\s*$/.test(before.text)) continue;
    let agreed = false;
    for (const next of nodes.slice(index + 1)) {
      if (next.type === 'plural' && next.name === node.name) agreed = true;
      if (agreed || (next.type === 'text' && SENTENCE_END.test(next.text)) || next.type === 'if') break;
    }
    if (!agreed) found.push(node.name);
  }
  return found;
}

/** The notes for a translated scenario, each one line. */
export function translationNotes(translated: Scenario): string[] {
  const notes: string[] = [];
  for (const { where, text } of scenarioTexts(translated)) {
    for (const hit of englishLeft(text, translated.language)) notes.push(`${where}: English word "${hit.word}" in "…${hit.around}…"`);
  }
  const agreeing = new Intl.PluralRules(translated.language).resolvedOptions().pluralCategories.length > 2;
  if (agreeing) {
    const templates = [...translated.steps.map((step, index) => ({ where: `## Step ${index + 1}`, nodes: step.text })), { where: '## Debrief', nodes: translated.debrief }, { where: '## Note', nodes: translated.note }];
    for (const { where, nodes } of templates) {
      for (const name of unagreedCounts(nodes, translated)) notes.push(`${where}: the count {{${name}}} has no plural tag in its sentence and no colon before it: does its noun agree with every number?`);
    }
  }
  return notes;
}
