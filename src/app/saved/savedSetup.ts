/**
 * One saved set-up: a name the reader gave, when it was saved (ISO 8601, UTC), the model version
 * it was made with, and the sandbox's state as the query `writeLink` gives (the same text as the
 * sandbox's address, so a saved set-up opens as its link would). This file holds the rules every
 * set-up meets, whether typed in this browser, read back from storage or imported from a file: a
 * name of 1 to MAX_NAME characters (runs of white space become one space; no control
 * characters), an id of letters, digits, "-" and "_", and — for a file from elsewhere — a link
 * that `readLink` reads without ignoring anything. Refusals are values: a sentence from the
 * catalogue saying why.
 */
import { t } from '../i18n/t.ts';
import { MAX_QUERY, readLink } from '../url/sandboxLink.ts';

export interface SavedSetup {
  id: string;
  name: string;
  /** When it was saved, as `Date.prototype.toISOString` writes it. */
  savedAt: string;
  /** The model version it was saved with. */
  modelVersion: string;
  /** The sandbox's state as the query `writeLink(linkOf(sandbox))` gives. */
  link: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

export const MAX_NAME = 80;

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const VERSION = /^\d{1,4}\.\d{1,4}\.\d{1,4}$/;
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Untrusted text clipped for a sentence (a name or a file's name can be of any length). */
export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

const refuse = (error: string): { ok: false; error: string } => ({ ok: false, error });

/** A name as it is kept: trimmed, white space runs made one space, within MAX_NAME characters. */
export function cleanName(text: string): Checked<string> {
  const name = text.replace(/\s+/g, ' ').trim();
  if (name === '') return refuse(t('saved.reason.nameEmpty'));
  if (CONTROL.test(name)) return refuse(t('saved.reason.nameControl'));
  if ([...name].length > MAX_NAME) return refuse(t('saved.reason.nameLong', { max: MAX_NAME }));
  return { ok: true, value: name };
}

/**
 * `name`, or when another set-up already has it, "name (2)", "name (3)", …: names stay unique, so
 * that a list read aloud or a file given to a colleague never holds two set-ups of one name.
 */
export function uniqueName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  for (let number = 2; ; number++) {
    const suffix = ` (${number})`;
    const base = [...name].slice(0, MAX_NAME - suffix.length).join('').trimEnd();
    if (!taken.has(`${base}${suffix}`)) return `${base}${suffix}`;
  }
}

/** A fresh id: 16 random hex digits (crypto.getRandomValues, which every context has). */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

function fieldError(field: string, expected: string): { ok: false; error: string } {
  return refuse(t('saved.reason.field', { field, expected }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A saved set-up from untrusted data (storage or a file): every field checked, and a new object
 * built of the known fields only (nothing else of the data is carried along). With `strictLink`
 * (a file from elsewhere) the link must read without an ignored part; from this browser's own
 * storage it need only be text, so that a set-up saved before a model update is still listed
 * and opens with a note of what it no longer uses.
 */
export function checkSetup(value: unknown, strictLink: boolean): Checked<SavedSetup> {
  if (!isRecord(value)) return refuse(t('saved.reason.notObject'));
  const { id, name, savedAt, modelVersion, link } = value;
  if (typeof id !== 'string' || !ID.test(id)) return fieldError('id', t('saved.expected.id'));
  if (typeof name !== 'string') return fieldError('name', t('saved.expected.name'));
  const cleaned = cleanName(name);
  if (!cleaned.ok) return cleaned;
  if (typeof savedAt !== 'string' || !ISO_TIME.test(savedAt) || Number.isNaN(Date.parse(savedAt))) {
    return fieldError('savedAt', t('saved.expected.savedAt'));
  }
  if (typeof modelVersion !== 'string' || !VERSION.test(modelVersion)) return fieldError('modelVersion', t('saved.expected.modelVersion'));
  if (typeof link !== 'string' || link.length > MAX_QUERY) return fieldError('link', t('saved.expected.link', { max: MAX_QUERY }));
  if (strictLink) {
    const { ignored } = readLink(link);
    if (ignored.length > 0) {
      const more = ignored.length > 1 ? t('saved.reason.linkMore', { count: ignored.length - 1 }) : '';
      return refuse(t('saved.reason.link', { reason: ignored[0], more }));
    }
  }
  return { ok: true, value: { id, name: cleaned.value, savedAt, modelVersion, link } };
}

/** Newest first; set-ups saved at the same moment keep their order. */
export function newestFirst(items: readonly SavedSetup[]): SavedSetup[] {
  return [...items].sort((x, y) => (x.savedAt < y.savedAt ? 1 : x.savedAt > y.savedAt ? -1 : 0));
}
