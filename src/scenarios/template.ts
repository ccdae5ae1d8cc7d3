/**
 * The debrief's template language: Markdown with slots filled from the run, so no number in a
 * debrief is ever written by hand.
 *
 *   {{gain}}                the figure "gain", formatted for reading (figures.ts)
 *   {{gain|abs}}            the same without its sign ("B ends $1,200 behind")
 *   {{sent|one:card|other:cards}}   the word that agrees with the figure's number, by the
 *                           language's plural rules (Intl.PluralRules: Russian one|few|many|other,
 *                           Romanian one|few|other); the loader checks a file gives every form
 *                           of its language
 *   {{#if gain > 0}} … {{else if cross}} … {{else}} … {{/if}}
 *
 * A condition is clauses joined by `and` / `or` (`and` binds tighter), each `name`, `not name`
 * (a figure is true when it is a number other than 0; a crossing that never happens is false) or
 * `name OP operand` with OP one of > >= < <= == != and the operand a number or another figure.
 * Parsing is separate from filling so that a file's templates are checked when it is loaded.
 */
import type { Checked } from '../sim/params/validate.ts';

export type Operator = '>' | '>=' | '<' | '<=' | '==' | '!=';

export interface Clause {
  negate: boolean;
  name: string;
  compare: { op: Operator; operand: number | string } | null;
}

/** Alternatives (or) of clauses that must all hold (and). */
export interface Condition {
  source: string;
  anyOf: Clause[][];
}

export type TemplateNode =
  | { type: 'text'; text: string }
  | { type: 'figure'; name: string; abs: boolean }
  | { type: 'plural'; name: string; forms: PluralForms }
  | { type: 'if'; branches: { when: Condition; body: TemplateNode[] }[]; otherwise: TemplateNode[] };

/** A plural tag's words, by plural category ("one", "few", "many", "other", …). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>>;

const PLURAL_CATEGORIES: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** What filling needs to know of a figure: its number (null for "never") and its text. */
export interface FilledFigure {
  value: number | null;
  text: string;
  /** The text without a sign, for {{name|abs}}. */
  absText: string;
  /** The plural category of the number as shown, in the scenario's language, for a plural tag. */
  plural: Intl.LDMLPluralRule;
}

const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const CLAUSE = /^(not\s+)?([A-Za-z][A-Za-z0-9_]*)(?:\s*(>=|<=|==|!=|>|<)\s*(\S+))?$/;

export function parseCondition(source: string): Checked<Condition> {
  const anyOf: Clause[][] = [];
  for (const alternative of source.trim().split(/\s+or\s+/)) {
    const clauses: Clause[] = [];
    for (const part of alternative.split(/\s+and\s+/)) {
      const match = CLAUSE.exec(part.trim());
      if (!match) return { ok: false, error: `cannot read the condition "${source}" (at "${part.trim()}")` };
      const [, not, name, op, operand] = match;
      let compare: Clause['compare'] = null;
      if (op !== undefined) {
        const number = Number(operand);
        if (Number.isFinite(number)) compare = { op: op as Operator, operand: number };
        else if (NAME.test(operand)) compare = { op: op as Operator, operand };
        else return { ok: false, error: `"${operand}" in the condition "${source}" is neither a number nor a figure` };
        if (not) return { ok: false, error: `"not" goes only before a bare figure, not before a comparison, in "${source}"` };
      }
      clauses.push({ negate: Boolean(not), name, compare });
    }
    anyOf.push(clauses);
  }
  return { ok: true, value: { source: source.trim(), anyOf } };
}

type Tag =
  | { kind: 'if'; condition: Condition }
  | { kind: 'elseIf'; condition: Condition }
  | { kind: 'else' }
  | { kind: 'end' }
  | { kind: 'figure'; name: string; abs: boolean }
  | { kind: 'plural'; name: string; forms: PluralForms };

/** `one:card|other:cards` as forms by category, or why not. */
function readForms(source: string, whole: string): Checked<PluralForms> {
  const forms: PluralForms = {};
  for (const part of source.split('|')) {
    const form = /^\s*([a-z]+)\s*:(.*)$/.exec(part);
    const category = form?.[1] as Intl.LDMLPluralRule | undefined;
    if (!form || !category || !PLURAL_CATEGORIES.includes(category)) {
      return { ok: false, error: `in "{{${clip(whole)}}}" each form is "category:words", the category one of ${PLURAL_CATEGORIES.join(', ')}; "${clip(part.trim())}" is not` };
    }
    if (forms[category] !== undefined) return { ok: false, error: `"{{${clip(whole)}}}" gives the form "${category}" twice` };
    forms[category] = form[2].trim();
  }
  return { ok: true, value: forms };
}

function readTag(inside: string): Checked<Tag> {
  const text = inside.trim();
  const opening = /^#if\s+(.+)$/.exec(text);
  const elseIf = /^else\s+if\s+(.+)$/.exec(text);
  if (opening || elseIf) {
    const condition = parseCondition((opening ?? elseIf)![1]);
    if (!condition.ok) return condition;
    return { ok: true, value: { kind: opening ? 'if' : 'elseIf', condition: condition.value } };
  }
  if (text === 'else') return { ok: true, value: { kind: 'else' } };
  if (text === '/if') return { ok: true, value: { kind: 'end' } };
  const figure = /^([A-Za-z][A-Za-z0-9_]*)\s*(\|\s*abs)?$/.exec(text);
  if (figure) return { ok: true, value: { kind: 'figure', name: figure[1], abs: Boolean(figure[2]) } };
  const plural = /^([A-Za-z][A-Za-z0-9_]*)\s*\|\s*([a-z]+\s*:[\s\S]*)$/.exec(text);
  if (plural) {
    const forms = readForms(plural[2], text);
    if (!forms.ok) return forms;
    return { ok: true, value: { kind: 'plural', name: plural[1], forms: forms.value } };
  }
  return { ok: false, error: `cannot read the template tag "{{${clip(text)}}}"` };
}

interface OpenIf {
  node: Extract<TemplateNode, { type: 'if' }>;
  /** Where the nodes of the branch being read go. */
  body: TemplateNode[];
  seenElse: boolean;
}

/** Parse a template; an unknown tag, an unclosed or stray {{#if}} or {{else}} is refused. */
export function parseTemplate(source: string): Checked<TemplateNode[]> {
  const root: TemplateNode[] = [];
  const open: OpenIf[] = [];
  const target = () => (open.length > 0 ? open[open.length - 1].body : root);
  const pattern = /\{\{([^{}]*)\}\}/g;
  let last = 0;
  for (let match = pattern.exec(source); match !== null; match = pattern.exec(source)) {
    if (match.index > last) target().push({ type: 'text', text: source.slice(last, match.index) });
    last = match.index + match[0].length;
    const tag = readTag(match[1]);
    if (!tag.ok) return tag;
    const tagValue = tag.value;
    const current = open[open.length - 1];
    switch (tagValue.kind) {
      case 'figure':
        target().push({ type: 'figure', name: tagValue.name, abs: tagValue.abs });
        break;
      case 'plural':
        target().push({ type: 'plural', name: tagValue.name, forms: tagValue.forms });
        break;
      case 'if': {
        const body: TemplateNode[] = [];
        const node: OpenIf['node'] = { type: 'if', branches: [{ when: tagValue.condition, body }], otherwise: [] };
        target().push(node);
        open.push({ node, body, seenElse: false });
        break;
      }
      case 'elseIf':
      case 'else':
        if (!current || current.seenElse) return { ok: false, error: `{{${match[1].trim()}}} without an open {{#if}}` };
        if (tagValue.kind === 'else') {
          current.seenElse = true;
          current.body = current.node.otherwise;
        } else {
          const body: TemplateNode[] = [];
          current.node.branches.push({ when: tagValue.condition, body });
          current.body = body;
        }
        break;
      case 'end':
        if (!current) return { ok: false, error: '{{/if}} without an open {{#if}}' };
        open.pop();
        break;
    }
  }
  if (open.length > 0) return { ok: false, error: `{{#if ${open[open.length - 1].node.branches[0].when.source}}} is never closed with {{/if}}` };
  if (/\{\{|\}\}/.test(source.slice(last))) return { ok: false, error: 'a "{{" or "}}" that does not form a tag' };
  if (last < source.length) root.push({ type: 'text', text: source.slice(last) });
  return { ok: true, value: root };
}

/** Every figure name a condition reads. */
export function conditionNames(condition: Condition): string[] {
  return condition.anyOf.flat().flatMap((clause) =>
    typeof clause.compare?.operand === 'string' ? [clause.name, clause.compare.operand] : [clause.name],
  );
}

/** Every figure name a template reads, in its slots and its conditions. */
export function templateNames(nodes: readonly TemplateNode[]): string[] {
  return nodes.flatMap((node) => {
    if (node.type === 'figure' || node.type === 'plural') return [node.name];
    if (node.type === 'text') return [];
    return [
      ...node.branches.flatMap((branch) => [...conditionNames(branch.when), ...templateNames(branch.body)]),
      ...templateNames(node.otherwise),
    ];
  });
}

function compare(left: number, op: Operator, right: number): boolean {
  switch (op) {
    case '>': return left > right;
    case '>=': return left >= right;
    case '<': return left < right;
    case '<=': return left <= right;
    case '==': return left === right;
    case '!=': return left !== right;
  }
}

/** Every plural tag of a template, in its branches too. */
export function pluralTags(nodes: readonly TemplateNode[]): Extract<TemplateNode, { type: 'plural' }>[] {
  return nodes.flatMap((node) => {
    if (node.type === 'plural') return [node];
    if (node.type !== 'if') return [];
    return [...node.branches.flatMap((branch) => pluralTags(branch.body)), ...pluralTags(node.otherwise)];
  });
}

/** The categories a language's plurals take that a tag does not give, and those it gives that the language has not. */
export function pluralFormProblems(forms: PluralForms, language: string): { missing: string[]; unknown: string[] } {
  const categories: readonly string[] = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  return {
    missing: categories.filter((category) => forms[category as Intl.LDMLPluralRule] === undefined),
    unknown: Object.keys(forms).filter((category) => !categories.includes(category)),
  };
}

/** Whether a condition holds for these figures; a figure with no number ("never") fails every comparison. */
export function holds(condition: Condition, figures: Readonly<Record<string, FilledFigure>>): boolean {
  const value = (name: string) => figures[name]?.value ?? null;
  return condition.anyOf.some((clauses) =>
    clauses.every((clause) => {
      const left = value(clause.name);
      if (!clause.compare) {
        const truthy = left !== null && left !== 0;
        return clause.negate ? !truthy : truthy;
      }
      const operand = clause.compare.operand;
      const right = typeof operand === 'number' ? operand : value(operand);
      return left !== null && right !== null && compare(left, clause.compare.op, right);
    }),
  );
}

/** The template's text with every slot filled and every condition decided. */
export function fillTemplate(nodes: readonly TemplateNode[], figures: Readonly<Record<string, FilledFigure>>): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.text;
      if (node.type === 'figure') {
        const figure = figures[node.name];
        if (!figure) throw new Error(`no figure "${node.name}" to fill the template with`);
        return node.abs ? figure.absText : figure.text;
      }
      if (node.type === 'plural') {
        const figure = figures[node.name];
        if (!figure) throw new Error(`no figure "${node.name}" to fill the template with`);
        return node.forms[figure.plural] ?? node.forms.other ?? '';
      }
      const branch = node.branches.find((candidate) => holds(candidate.when, figures));
      return fillTemplate(branch ? branch.body : node.otherwise, figures);
    })
    .join('');
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
