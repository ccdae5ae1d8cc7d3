/**
 * The English messages of the parameter schema, generated from it: each parameter's label, unit,
 * help and choice names, and each group's title, as message keys (`param.<key>.label`,
 * `param.<key>.unit`, `param.<key>.help`, `param.<key>.choice.<value>`, `paramGroup.<id>`). The
 * schema stays the single source of the English; `npm run messages` writes them to
 * src/app/i18n/messages/en/params.json (git-ignored), against which the other languages'
 * params.json are checked like every other area. Units that are empty have no message.
 */
import { groups, paramDefs, paramKeys } from '../sim/params/schema.ts';
import type { ParamDef } from '../sim/params/types.ts';

/** Braces are the message format's placeholders: a literal one in the schema's text is escaped. */
function literal(text: string): string {
  return text.replace(/[{}]/g, (brace) => `\\${brace}`);
}

export function paramMessages(): Record<string, string> {
  const messages: Record<string, string> = { $schema: 'https://inlang.com/schema/inlang-message-format' };
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
