/**
 * The words of the parameter reference in a language. English is the schema's own. Another
 * language takes its parameters' labels, units, help and group titles from the app's messages
 * (src/app/i18n/messages/<lang>/params.json, the same words the sandbox shows) and the rest from
 * content/<lang>/model-reference.json:
 *
 *   { "words":   { "headers": [6 column titles], "onOrOff", "range": "{min} to {max}", "whole", "or", "none" },
 *     "sources": { "<key>": { "en": "<the schema's source it translates>", "text": "<its translation>" } } }
 *
 * A source whose `en` is no longer the schema's is refused as out of date, so a changed source is
 * translated again rather than left saying something else (Node only: it reads the files).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { groups, paramDef, paramKeys } from '../sim/params/schema.ts';
import type { Checked } from '../sim/params/validate.ts';

export interface ReferenceText {
  words: { headers: string[]; onOrOff: string; range: string; whole: string; or: string; none: string };
  groupTitle: (id: string) => string;
  label: (key: string) => string;
  unit: (key: string) => string;
  help: (key: string) => string;
  source: (key: string) => string;
}

const def = (key: string) => paramDef(key as (typeof paramKeys)[number]);

export const ENGLISH_REFERENCE: ReferenceText = {
  words: {
    headers: ['Parameter', 'Meaning', 'Unit', 'Default', 'Range', 'Source'],
    onOrOff: 'on or off',
    range: '{min} to {max}',
    whole: ', whole',
    or: ' or ',
    none: 'This group has no parameters.',
  },
  groupTitle: (id) => groups.find((group) => group.id === id)?.title ?? id,
  label: (key) => def(key).label,
  unit: (key) => def(key).unit,
  help: (key) => def(key).help,
  source: (key) => def(key).source,
};

interface ReferenceFile {
  words: ReferenceText['words'];
  sources: Record<string, { en: string; text: string }>;
}

/** The file of a language's reference words. */
export function referenceFile(root: string, language: string): string {
  return join(root, 'content', language, 'model-reference.json');
}

/** A message's text as the inlang files keep it: braces escaped. */
const unescaped = (text: string) => text.replace(/\\([{}])/g, '$1');

/** The reference's words in `language`, or what is missing or out of date. */
export function translatedReference(root: string, language: string): Checked<ReferenceText> {
  const path = referenceFile(root, language);
  if (!existsSync(path)) return { ok: false, error: `${path} is missing` };
  const file = JSON.parse(readFileSync(path, 'utf8')) as ReferenceFile;
  const messages = JSON.parse(readFileSync(join(root, 'src', 'app', 'i18n', 'messages', language, 'params.json'), 'utf8')) as Record<string, string>;
  const problems: string[] = [];
  for (const key of paramKeys) {
    const source = file.sources[key];
    if (!source) problems.push(`${key} has no translated source`);
    else if (source.en !== def(key).source) problems.push(`${key}'s source has changed since it was translated: translate "${def(key).source}" again`);
  }
  for (const name of Object.keys(ENGLISH_REFERENCE.words) as (keyof ReferenceText['words'])[]) {
    if (file.words?.[name] === undefined) problems.push(`the word "${name}" is missing`);
  }
  if (problems.length > 0) return { ok: false, error: `${path}: ${problems.join('; ')}` };
  const message = (id: string) => (messages[id] === undefined ? '' : unescaped(messages[id]));
  return {
    ok: true,
    value: {
      words: file.words,
      groupTitle: (id) => message(`paramGroup.${id}`),
      label: (key) => message(`param.${key}.label`),
      unit: (key) => message(`param.${key}.unit`),
      help: (key) => message(`param.${key}.help`),
      source: (key) => file.sources[key].text,
    },
  };
}
