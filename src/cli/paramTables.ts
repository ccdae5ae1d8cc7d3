/**
 * The parameter reference of the model's documentation, generated from the schema: for each group,
 * in the schema's order, a heading and a Markdown table of its parameters (key, meaning, unit,
 * default, range, source). The documentation therefore never holds a second copy of a unit, a
 * range or a default; `npm run docs` writes these tables into content/model.md, and in another
 * language into content/<lang>/model.md with that language's words (referenceText.ts).
 */
import { groups, paramDef, paramKeys } from '../sim/params/schema.ts';
import type { ParamDef, ParamValue } from '../sim/params/types.ts';
import { ENGLISH_REFERENCE, type ReferenceText } from './referenceText.ts';

/** A value as the documentation writes it: numbers as typed after `--set`, booleans as on/off. */
export function formatValue(value: ParamValue): string {
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  return String(value);
}

/** Large bounds with thousands separators, so "1000000" reads as a million. */
function formatBound(value: number): string {
  if (!Number.isInteger(value) || Math.abs(value) < 10000) return String(value);
  return String(value).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** What a parameter accepts, in a few words of the reference's language. */
export function formatRange(def: ParamDef, words: ReferenceText['words'] = ENGLISH_REFERENCE.words): string {
  const between = (min: number, max: number) => words.range.replace('{min}', formatBound(min)).replace('{max}', formatBound(max));
  switch (def.kind) {
    case 'boolean':
      return words.onOrOff;
    case 'choice':
      return def.choices.length > 1
        ? `${def.choices.slice(0, -1).join(', ')}${words.or}${def.choices[def.choices.length - 1]}`
        : def.choices.join('');
    case 'integer':
      return `${between(def.min, def.max)}${words.whole}`;
    case 'number':
      return between(def.min, def.max);
  }
}

/** Text made safe for one cell of a Markdown table: one line, pipes escaped. */
export function tableCell(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
}

function row(cells: readonly string[]): string {
  return `| ${cells.map(tableCell).join(' | ')} |`;
}

/** The Markdown tables of every parameter, grouped by mechanism, in a language (English unless given). */
export function paramTablesMarkdown(text: ReferenceText = ENGLISH_REFERENCE): string {
  const blocks: string[] = [];
  const { words } = text;
  for (const group of groups) {
    const keys = paramKeys.filter((key) => paramDef(key).group === group.id);
    const lines = [`### ${text.groupTitle(group.id)}`, ''];
    if (keys.length === 0) {
      lines.push(words.none);
    } else {
      lines.push(row(words.headers));
      lines.push('| --- | --- | --- | --- | --- | --- |');
      for (const key of keys) {
        const def = paramDef(key);
        const label = text.label(key);
        const meaning = `**${label.endsWith('.') ? label : `${label}.`}** ${text.help(key)}`;
        lines.push(row([`\`${key}\``, meaning, text.unit(key), formatValue(def.default), formatRange(def, words), text.source(key)]));
      }
    }
    blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n');
}
