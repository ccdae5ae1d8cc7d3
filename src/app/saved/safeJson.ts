/**
 * JSON from an untrusted source, parsed without a way into an object's prototype: a key
 * "__proto__", "constructor" or "prototype" anywhere refuses the whole text (no file of this app
 * holds one, so such a text was made to attack, and none of it is used). JSON.parse itself makes
 * such keys plain own properties; refusing them keeps any later copy or spread of the data safe
 * too.
 */
import { t } from '../i18n/t.ts';
import { clip, type Checked } from './savedSetup.ts';

const FORBIDDEN: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function parseUntrustedJson(text: string): Checked<unknown> {
  let forbidden: string | null = null;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, inner: unknown) => {
      if (FORBIDDEN.has(key)) forbidden ??= key;
      return inner;
    });
  } catch (failure) {
    const detail = failure instanceof Error ? failure.message : String(failure);
    return { ok: false, error: t('saved.file.notJson', { detail: clip(detail, 80) }) };
  }
  if (forbidden !== null) return { ok: false, error: t('saved.file.prototype', { key: forbidden }) };
  return { ok: true, value };
}
