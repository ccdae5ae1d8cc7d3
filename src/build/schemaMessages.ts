/**
 * The English messages of the core's own words, generated from the core: the parameter schema's
 * (each parameter's label, unit, help and choice names, each group's title: `param.<key>.label`,
 * `param.<key>.unit`, `param.<key>.help`, `param.<key>.choice.<value>`, `paramGroup.<id>`) and
 * the weekly series' names (`series.<name>`). The core stays the single source of the English;
 * `npm run messages` writes them to src/app/i18n/messages/en/params.json and series.json
 * (git-ignored), against which the other languages' files are checked like every other area.
 * Units that are empty have no message.
 */
import { allSeries } from '../sim/metrics/series.ts';
import { groups, paramDefs, paramKeys } from '../sim/params/schema.ts';
import type { ParamDef } from '../sim/params/types.ts';

/** Braces are the message format's placeholders: a literal one in the schema's text is escaped. */
function literal(text: string): string {
  return text.replace(/[{}]/g, (brace) => `\\${brace}`);
}

const SCHEMA = 'https://inlang.com/schema/inlang-message-format';

export function paramMessages(): Record<string, string> {
  const messages: Record<string, string> = { $schema: SCHEMA };
  for (const group of groups) messages[`paramGroup.${group.id}`] = literal(group.title);
  for (const key of paramKeys) {
    const def = paramDefs[key] as ParamDef;
    messages[`param.${key}.label`] = literal(def.label);
    if (def.unit !== '') messages[`param.${key}.unit`] = literal(def.unit);
    messages[`param.${key}.help`] = literal(def.help);
    if (def.kind === 'choice') for (const choice of def.choices) messages[`param.${key}.choice.${choice}`] = literal(choice);
  }
  return messages;
}

export function seriesMessages(): Record<string, string> {
  const messages: Record<string, string> = { $schema: SCHEMA };
  for (const series of allSeries) messages[`series.${series.name}`] = literal(series.description);
  return messages;
}
