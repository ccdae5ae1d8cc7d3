/**
 * The translations' check, as a pure function: given every language's messages (area file by
 * area file, in the inlang message format), it lists what would make a language read wrong —
 * a key missing or left over against English, a placeholder or plural input that differs from
 * English's, a plural message without a catch-all `*` variant, a key kept in two area files, a
 * file that is not of the format. `npm run messages` and the build stop on any of them
 * (src/build/messages.ts).
 */

/** One message as the format stores it: a plain pattern, or a list of variant objects. */
export type StoredMessage = string | VariantMessage[];

/** A message with variants: its declarations (`input count`, `local n = count: plural`), selectors and match table. */
export interface VariantMessage {
  declarations?: string[];
  selectors?: string[];
  match?: Record<string, string>;
}

/** A language's messages: area name → key → message. */
export type Catalogue = Record<string, Record<string, unknown>>;

/** The `{name}` placeholders of a pattern, ignoring escaped braces. */
function placeholdersOf(pattern: string): string[] {
  const names: string[] = [];
  for (const match of pattern.matchAll(/(?<!\\)\{\s*([A-Za-z_][\w]*)\s*\}/g)) names.push(match[1]);
  return names;
}

/**
 * The inputs a message reads, sorted and without repeats: a plain pattern's placeholders, or a
 * variant message's `input` declarations and the placeholders of its variants that are not
 * locals.
 */
export function inputsOf(message: StoredMessage): string[] {
  if (typeof message === 'string') return [...new Set(placeholdersOf(message))].sort();
  const inputs = new Set<string>();
  const locals = new Set<string>();
  for (const variant of message) {
    for (const declaration of variant.declarations ?? []) {
      const input = /^input\s+(\w+)/.exec(declaration);
      if (input) inputs.add(input[1]);
      const local = /^local\s+(\w+)\s*=/.exec(declaration);
      if (local) locals.add(local[1]);
    }
    for (const pattern of Object.values(variant.match ?? {})) {
      for (const name of placeholdersOf(pattern)) if (!locals.has(name)) inputs.add(name);
    }
  }
  return [...inputs].sort();
}

/** Why a stored value is not a message of the format, or undefined if it is one. */
function shapeProblem(value: unknown): string | undefined {
  if (typeof value === 'string') return undefined;
  if (!Array.isArray(value) || value.length === 0) return 'is neither a text nor a list of variants';
  for (const variant of value as VariantMessage[]) {
    if (typeof variant !== 'object' || variant === null || typeof variant.match !== 'object') return 'has a variant without a match table';
    const cases = Object.keys(variant.match);
    const selectors = variant.selectors ?? [];
    const catchAll = selectors.map((selector) => `${selector}=*`).join(', ');
    if (!cases.includes(catchAll)) return `has no catch-all variant "${catchAll}"`;
    if (Object.values(variant.match).some((pattern) => typeof pattern !== 'string')) return 'has a variant that is not a text';
  }
  return undefined;
}

/** Every key of a language with the area it is kept in, and a problem for each key kept twice. */
function keysOf(language: string, catalogue: Catalogue, problems: string[]): Map<string, unknown> {
  const messages = new Map<string, unknown>();
  const areaOf = new Map<string, string>();
  for (const [area, entries] of Object.entries(catalogue)) {
    for (const [key, value] of Object.entries(entries)) {
      if (key === '$schema') continue;
      const earlier = areaOf.get(key);
      if (earlier !== undefined) problems.push(`${language}: "${key}" is kept both in ${earlier}.json and in ${area}.json`);
      areaOf.set(key, area);
      messages.set(key, value);
    }
  }
  return messages;
}

/** Every problem of the catalogues, as sentences naming the language, file and key; empty when all is well. */
export function catalogueProblems(catalogues: Record<string, Catalogue>, baseLanguage: string): string[] {
  const problems: string[] = [];
  const base = catalogues[baseLanguage];
  if (base === undefined) return [`the base language ${baseLanguage} has no messages`];
  const baseMessages = keysOf(baseLanguage, base, problems);
  for (const [key, value] of baseMessages) {
    const shape = shapeProblem(value);
    if (shape) problems.push(`${baseLanguage}: "${key}" ${shape}`);
  }
  for (const [language, catalogue] of Object.entries(catalogues)) {
    if (language === baseLanguage) continue;
    const areas = Object.keys(catalogue);
    for (const area of Object.keys(base)) if (!areas.includes(area)) problems.push(`${language}: the file ${area}.json is missing`);
    const messages = keysOf(language, catalogue, problems);
    for (const [key, baseValue] of baseMessages) {
      const value = messages.get(key);
      if (value === undefined) {
        problems.push(`${language}: "${key}" is missing`);
        continue;
      }
      const shape = shapeProblem(value);
      if (shape) {
        problems.push(`${language}: "${key}" ${shape}`);
        continue;
      }
      if (shapeProblem(baseValue)) continue;
      const expected = inputsOf(baseValue as StoredMessage).join(', ');
      const actual = inputsOf(value as StoredMessage).join(', ');
      if (expected !== actual) problems.push(`${language}: "${key}" reads {${actual}} where English reads {${expected}}`);
    }
    for (const key of messages.keys()) if (!baseMessages.has(key)) problems.push(`${language}: "${key}" is not an English key`);
  }
  return problems;
}
