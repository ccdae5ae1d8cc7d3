/**
 * The state of the sandbox's "Saved set-ups" section: the list as it stands, the outcome of the
 * last action (lines for a status region) or its error (a sentence for an alert), whether the
 * browser lets the page keep anything at all, and the set-up just deleted, which Undo brings
 * back. Every operation goes through saved/savedSetups.ts, which never throws.
 */
import type { ExportFile } from '../export/files.ts';
import { t } from '../i18n/t.ts';
import { reportLines } from '../saved/importMerge.ts';
import { sizeRefusal } from '../saved/savedFile.ts';
import { clip, type SavedSetup } from '../saved/savedSetup.ts';
import {
  deleteSetup,
  exportSetups,
  importSetups,
  listSetups,
  renameSetup,
  restoreSetup,
  saveSetup,
  type Outcome,
  type SavedContext,
} from '../saved/savedSetups.ts';
import type { StorageLike } from '../saved/savedStore.ts';

export { browserStorage } from '../saved/browserStorage.ts';

export class SavedSetupsState {
  items = $state.raw<SavedSetup[]>([]);
  /** What the last action did, a sentence a line. */
  status = $state.raw<string[]>([]);
  /** Why the last action failed, or what is wrong with the kept list. */
  error = $state<string | null>(null);
  /** The list cannot be used here: the browser refuses the page storage, or a newer version keeps it. */
  unavailable = $state(false);
  /** The set-up deleted last, until another action. */
  deleted = $state.raw<SavedSetup | null>(null);

  private readonly context: SavedContext;

  constructor(context: SavedContext) {
    this.context = context;
    const listed = listSetups(context);
    this.items = listed.items;
    this.unavailable = !listed.ok;
    this.error = listed.ok ? listed.warning : listed.error;
  }

  /** Read the list again (another tab changed it). */
  refresh(): void {
    this.items = listSetups(this.context).items;
  }

  /** Save the set-up `link` (a query from writeLink) under `name`; true when it was saved. */
  save(name: string, link: string): boolean {
    return this.take(saveSetup(this.context, name, link), (setup) => [t('saved.done.saved', { name: setup.name })]) !== null;
  }

  rename(id: string, name: string): boolean {
    return this.take(renameSetup(this.context, id, name), (setup) => [t('saved.done.renamed', { name: setup.name })]) !== null;
  }

  remove(id: string): void {
    const gone = this.take(deleteSetup(this.context, id), (setup) => [t('saved.done.deleted', { name: setup.name })]);
    this.deleted = gone;
  }

  undo(): void {
    if (this.deleted) this.take(restoreSetup(this.context, this.deleted), (setup) => [t('saved.done.restored', { name: setup.name })]);
  }

  /** Say that a set-up was opened (the page opens it). */
  opened(setup: SavedSetup): void {
    this.deleted = null;
    this.error = null;
    this.status = [t('saved.done.opened', { name: setup.name })];
  }

  /** The file "Export all" downloads, or null (with the error said) when there is none. */
  exportFile(): ExportFile | null {
    return this.take(exportSetups(this.context), (file) => [t('saved.done.exported', { count: this.items.length, file: file.name })]);
  }

  /** Say why an export could not be handed to the browser. */
  failed(message: string): void {
    this.status = [];
    this.error = message;
  }

  async importFile(file: File): Promise<void> {
    const tooLarge = sizeRefusal(file.size);
    if (tooLarge) return this.failed(t('saved.error.file', { file: clip(file.name), reason: tooLarge }));
    let text: string;
    try {
      text = await file.text();
    } catch (failure) {
      const reason = t('saved.file.unreadable', { reason: failure instanceof Error ? failure.message : String(failure) });
      return this.failed(t('saved.error.file', { file: clip(file.name), reason }));
    }
    this.take(importSetups(this.context, text, file.name), (report) => reportLines(report, file.name));
  }

  /** Show an outcome: the list as it stands, and what was done or why not. */
  private take<T>(outcome: Outcome<T>, done: (value: T) => string[]): T | null {
    this.items = outcome.items;
    this.deleted = null;
    if (!outcome.ok) {
      this.failed(outcome.error);
      return null;
    }
    this.error = outcome.warning;
    this.status = done(outcome.value);
    return outcome.value;
  }
}
