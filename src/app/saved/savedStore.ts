/**
 * Where the saved set-ups are kept: one JSON document under one versioned key of the browser's
 * storage (`localStorage`, handed in as anything with getItem and setItem, so tests pass a fake):
 * `{ "version": 1, "items": [SavedSetup, …] }`. Reading and writing never throw: storage that is
 * unavailable (a SecurityError in some private modes), full (a QuotaExceededError), damaged or
 * written by a newer version of the app (then left alone) is said in a sentence. A write replaces the whole document at once, so a failed write leaves the
 * previous document as it was.
 */
import { t } from '../i18n/t.ts';
import { parseUntrustedJson } from './safeJson.ts';
import { checkSetup, type SavedSetup } from './savedSetup.ts';

/** The part of the Web Storage API the saved set-ups use. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const STORAGE_KEY = 'retention-lab.saved-setups.v1';
export const STORAGE_VERSION = 1;

/** The most set-ups kept; far more than a class needs, and well within any browser's storage. */
export const MAX_SETUPS = 200;

export type StoreRead =
  | {
      ok: true;
      items: SavedSetup[];
      /** A sentence on what was kept but could not be read, or null. */
      warning: string | null;
    }
  | { ok: false; error: string };

const reasonOf = (failure: unknown) => (failure instanceof Error ? `${failure.name}: ${failure.message}` : String(failure));

function isQuotaError(failure: unknown): boolean {
  if (typeof failure !== 'object' || failure === null) return false;
  const { name, code } = failure as { name?: unknown; code?: unknown };
  // The standard name, Firefox's older one, and the legacy codes of both.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

export function readStore(storage: StorageLike): StoreRead {
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch (failure) {
    return { ok: false, error: t('saved.error.unavailable', { reason: reasonOf(failure) }) };
  }
  if (text === null) return { ok: true, items: [], warning: null };
  const parsed = parseUntrustedJson(text);
  const document = parsed.ok ? parsed.value : null;
  const version = typeof document === 'object' && document !== null && 'version' in document ? document.version : null;
  // A list kept by a newer Retention Lab (opened here after one) is left alone: rewriting it in
  // this version's form could lose what the newer one keeps.
  if (typeof version === 'number' && version > STORAGE_VERSION) {
    return { ok: false, error: t('saved.error.newerStore', { version, supported: STORAGE_VERSION }) };
  }
  const items = typeof document === 'object' && document !== null && 'items' in document ? document.items : null;
  if (!parsed.ok || !Array.isArray(items)) {
    const reason = parsed.ok ? t('saved.file.items') : parsed.error;
    return { ok: true, items: [], warning: t('saved.error.damaged', { reason }) };
  }
  const kept: SavedSetup[] = [];
  for (const item of items) {
    const checked = checkSetup(item, false);
    if (checked.ok) kept.push(checked.value);
  }
  const dropped = items.length - kept.length;
  return { ok: true, items: kept, warning: dropped > 0 ? t('saved.error.dropped', { count: dropped }) : null };
}

/** Replace the kept list by `items`; on failure nothing kept before is touched. */
export function writeStore(storage: StorageLike, items: readonly SavedSetup[]): { ok: true } | { ok: false; error: string } {
  const text = JSON.stringify({ version: STORAGE_VERSION, items });
  try {
    storage.setItem(STORAGE_KEY, text);
    return { ok: true };
  } catch (failure) {
    return { ok: false, error: isQuotaError(failure) ? t('saved.error.quota') : t('saved.error.write', { reason: reasonOf(failure) }) };
  }
}
