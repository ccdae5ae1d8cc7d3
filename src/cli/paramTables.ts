/**
 * The parameter reference of the model's documentation, generated from the schema: for each group,
 * in the schema's order, a heading and a Markdown table of its parameters (key, meaning, unit,
 * default, range, source). The documentation therefore never holds a second copy of a unit, a
 * range or a default; `npm run docs` writes these tables into content/model.md.
 */
import { groups, paramDef, paramKeys } from '../sim/params/schema.ts';
import type { ParamDef, ParamValue } from '../sim/params/types.ts';

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

/** What a parameter accepts, in a few words. */
export function formatRange(def: ParamDef): string {
  switch (def.kind) {
    case 'boolean':
      return 'on or off';
    case 'choice':
      return def.choices.length > 1
        ? `${def.choices.slice(0, -1).join(', ')} or ${def.choices[def.choices.length - 1]}`
        : def.choices.join('');
    case 'integer':
      return `${formatBound(def.min)} to ${formatBound(def.max)}, whole`;
    case 'number':
      return `${formatBound(def.min)} to ${formatBound(def.max)}`;
  }
}

/** Text made safe for one cell of a Markdown table: one line, pipes escaped. */
export function tableCell(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
}

function meaning(def: ParamDef): string {
  const label = def.label.endsWith('.') ? def.label : `${def.label}.`;
  return `**${label}** ${def.help}`;
}

function row(cells: readonly string[]): string {
  return `| ${cells.map(tableCell).join(' | ')} |`;
}

/** The Markdown tables of every parameter, grouped by mechanism. */
export function paramTablesMarkdown(): string {
  const blocks: string[] = [];
  for (const group of groups) {
    const keys = paramKeys.filter((key) => paramDef(key).group === group.id);
    const lines = [`### ${group.title}`, ''];
    if (keys.length === 0) {
      lines.push('This group has no parameters.');
    } else {
      lines.push(row(['Parameter', 'Meaning', 'Unit', 'Default', 'Range', 'Source']));
      lines.push('| --- | --- | --- | --- | --- | --- |');
      for (const key of keys) {
        const def = paramDef(key);
        lines.push(row([`\`${key}\``, meaning(def), def.unit, formatValue(def.default), formatRange(def), def.source]));
      }
    }
    blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n');
}
