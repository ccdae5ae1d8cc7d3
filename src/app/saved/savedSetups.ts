/**
 * The operations on the saved set-ups: list, save, rename, delete (and bring a deleted one back),
 * export all to a file, import a file. Each reads the kept list afresh (another tab may have
 * changed it), builds the whole new list, and only then writes it in one go; when anything fails
 * the old list stays as it was. Every outcome is a value: the list as it now stands and either
 * what was done or a sentence saying why not. Nothing here touches the DOM; storage, the clock
 * and new ids are handed in.
 */
import { MODEL_VERSION } from '../../sim/index.ts';
import type { ExportFile } from '../export/files.ts';
import { t } from '../i18n/t.ts';
import { mergeImport, type ImportReport } from './importMerge.ts';
import { readSavedFile, savedSetupsFile } from './savedFile.ts';
import { clip, cleanName, newestFirst, newId, uniqueName, type SavedSetup } from './savedSetup.ts';
import { MAX_SETUPS, readStore, writeStore, type StorageLike } from './savedStore.ts';

export interface SavedContext {
  storage: StorageLike;
  now?: () => Date;
  newId?: () => string;
}

/** The list as it stands (newest first), and what the operation gave or why it failed. */
export type Outcome<T> =
  | { ok: true; items: SavedSetup[]; value: T; warning: string | null }
  | { ok: false; items: SavedSetup[]; error: string };

type Edit<T> = { ok: true; items: SavedSetup[]; value: T } | { ok: false; error: string };

/** Read, edit, write: the shape of every change. */
function change<T>(context: SavedContext, edit: (items: SavedSetup[]) => Edit<T>): Outcome<T> {
  const read = readStore(context.storage);
  if (!read.ok) return { ok: false, items: [], error: read.error };
  const old = newestFirst(read.items);
  const edited = edit(read.items);
  if (!edited.ok) return { ok: false, items: old, error: edited.error };
  const written = writeStore(context.storage, edited.items);
  if (!written.ok) return { ok: false, items: old, error: written.error };
  return { ok: true, items: newestFirst(edited.items), value: edited.value, warning: null };
}

/** A refusal before anything is read or written: the list as it stands, and why. */
function refused(context: SavedContext, error: string): Outcome<never> {
  return { ok: false, items: listSetups(context).items, error };
}

export function listSetups(context: SavedContext): Outcome<null> {
  const read = readStore(context.storage);
  if (!read.ok) return { ok: false, items: [], error: read.error };
  return { ok: true, items: newestFirst(read.items), value: null, warning: read.warning };
}

/** Save `link` (a query from writeLink) under `name`; a name already taken gets a number. */
export function saveSetup(context: SavedContext, name: string, link: string): Outcome<SavedSetup> {
  const cleaned = cleanName(name);
  if (!cleaned.ok) return refused(context, t('saved.error.notSaved', { reason: cleaned.error }));
  return change(context, (items) => {
    if (items.length >= MAX_SETUPS) return { ok: false, error: t('saved.error.notSaved', { reason: t('saved.reason.full', { max: MAX_SETUPS }) }) };
    const setup: SavedSetup = {
      id: (context.newId ?? newId)(),
      name: uniqueName(cleaned.value, new Set(items.map((item) => item.name))),
      savedAt: (context.now?.() ?? new Date()).toISOString(),
      modelVersion: MODEL_VERSION,
      link,
    };
    return { ok: true, items: [...items, setup], value: setup };
  });
}

export function renameSetup(context: SavedContext, id: string, name: string): Outcome<SavedSetup> {
  const cleaned = cleanName(name);
  if (!cleaned.ok) return refused(context, t('saved.error.notRenamed', { reason: cleaned.error }));
  return change(context, (items) => {
    const index = items.findIndex((item) => item.id === id);
    if (index < 0) return { ok: false, error: t('saved.error.gone') };
    const others = new Set(items.filter((item) => item.id !== id).map((item) => item.name));
    const renamed = { ...items[index], name: uniqueName(cleaned.value, others) };
    return { ok: true, items: items.map((item, at) => (at === index ? renamed : item)), value: renamed };
  });
}

/** Delete one set-up; the outcome holds it, so that it can be brought back (restoreSetup). */
export function deleteSetup(context: SavedContext, id: string): Outcome<SavedSetup> {
  return change(context, (items) => {
    const gone = items.find((item) => item.id === id);
    if (!gone) return { ok: false, error: t('saved.error.gone') };
    return { ok: true, items: items.filter((item) => item.id !== id), value: gone };
  });
}

/** Bring a deleted set-up back as it was (its name numbered if another has taken it meanwhile). */
export function restoreSetup(context: SavedContext, setup: SavedSetup): Outcome<SavedSetup> {
  return change(context, (items) => {
    if (items.some((item) => item.id === setup.id)) return { ok: true, items, value: setup };
    const restored = { ...setup, name: uniqueName(setup.name, new Set(items.map((item) => item.name))) };
    return { ok: true, items: [...items, restored], value: restored };
  });
}

/** Every saved set-up, newest first, as the file "Export all" downloads. */
export function exportSetups(context: SavedContext): Outcome<ExportFile> {
  const listed = listSetups(context);
  if (!listed.ok) return refused(context, t('saved.error.export', { reason: listed.error }));
  return { ...listed, value: savedSetupsFile(listed.items, context.now?.() ?? new Date()) };
}

/** Merge the set-ups of a file's text into the list (importMerge.ts says how). */
export function importSetups(context: SavedContext, text: string, fileName: string): Outcome<ImportReport> {
  const file = readSavedFile(text);
  if (!file.ok) return refused(context, t('saved.error.file', { file: clip(fileName), reason: file.error }));
  return change(context, (items) => {
    const merged = mergeImport(items, file.value);
    return { ok: true, items: merged.items, value: merged.report };
  });
}
