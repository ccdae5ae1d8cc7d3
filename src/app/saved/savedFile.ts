/**
 * The file "Export all" writes and "Import…" reads: a JSON document
 * `{ "format": "retention-lab-saved-setups", "version": 1, "model": "1.0.0", "exportedAt": ISO,
 * "items": [SavedSetup, …] }`. Reading checks the file as a whole — its size (at most
 * MAX_FILE_BYTES), JSON without prototype keys, the format tag, a version this app reads, a list
 * of items — and hands the items on unchecked: each is checked on its own when it is merged, so
 * one bad item does not refuse the others. Refusals are sentences from the catalogue.
 */
import { MODEL_VERSION } from '../../sim/index.ts';
import type { ExportFile } from '../export/files.ts';
import { formatNumber } from '../format/numbers.ts';
import { t } from '../i18n/t.ts';
import { parseUntrustedJson } from './safeJson.ts';
import type { Checked, SavedSetup } from './savedSetup.ts';

export const FILE_FORMAT = 'retention-lab-saved-setups';
export const FILE_VERSION = 1;
export const FILE_NAME = 'retention-lab-saved-setups.json';

/** A file of 200 set-ups is about 100 KB; anything above 1 MB is not one of ours. */
export const MAX_FILE_BYTES = 1_000_000;

export interface SavedSetupsDocument {
  format: typeof FILE_FORMAT;
  version: number;
  model: string;
  exportedAt: string;
  items: SavedSetup[];
}

export function savedSetupsFile(items: readonly SavedSetup[], now: Date): ExportFile {
  const document: SavedSetupsDocument = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    model: MODEL_VERSION,
    exportedAt: now.toISOString(),
    items: [...items],
  };
  return { name: FILE_NAME, type: 'application/json', content: `${JSON.stringify(document, null, 2)}\n` };
}

/** The refusal of a file that is too large, for a size known before reading it (a File's size). */
export function sizeRefusal(bytes: number): string | null {
  if (bytes <= MAX_FILE_BYTES) return null;
  return t('saved.file.tooLarge', { size: formatNumber(bytes, 'count'), max: formatNumber(MAX_FILE_BYTES, 'count') });
}

/** The items of a file of saved set-ups, each still to be checked, or why the file is refused. */
export function readSavedFile(text: string): Checked<unknown[]> {
  const tooLarge = sizeRefusal(new TextEncoder().encode(text).length);
  if (tooLarge) return { ok: false, error: tooLarge };
  const parsed = parseUntrustedJson(text);
  if (!parsed.ok) return parsed;
  const document = parsed.value;
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return { ok: false, error: t('saved.file.foreign', { format: FILE_FORMAT }) };
  }
  const fields = document as Record<string, unknown>;
  if (fields.format !== FILE_FORMAT) {
    const configuration = fields.app === 'retention-lab' && 'seed' in fields;
    return { ok: false, error: configuration ? t('saved.file.configuration') : t('saved.file.foreign', { format: FILE_FORMAT }) };
  }
  const { version, items } = fields;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) return { ok: false, error: t('saved.file.version') };
  if (version > FILE_VERSION) return { ok: false, error: t('saved.file.newer', { version, supported: FILE_VERSION }) };
  if (!Array.isArray(items)) return { ok: false, error: t('saved.file.items') };
  return { ok: true, value: items };
}
