/**
 * Merging the items of an imported file into the saved list. Each item is checked on its own,
 * its link against the parameter schema through `readLink`: an item with any part the link
 * reader would ignore is refused with the first reason (a saved set-up promises the same run; one
 * opened with parts missing would quietly be another). An item already saved — the same id, or
 * the same name and link — is skipped, so importing a file twice adds nothing. A name another
 * set-up has gets a number ("Bonus bank (2)"). Items of an older model version are added with a
 * note. Nothing is added past MAX_SETUPS. The outcome reads as sentences for the status line.
 */
import { t } from '../i18n/t.ts';
import { readLink } from '../url/sandboxLink.ts';
import { clip, checkSetup, cleanName, uniqueName, type SavedSetup } from './savedSetup.ts';
import { MAX_SETUPS } from './savedStore.ts';

export interface ImportReport {
  added: SavedSetup[];
  skipped: number;
  refused: { name: string; reason: string }[];
  renamed: { from: string; to: string }[];
  older: { name: string; version: string }[];
}

/** What to call an item in a sentence: its name when it has a usable one, else its place in the file. */
function labelOf(item: unknown, index: number): string {
  const name = typeof item === 'object' && item !== null && 'name' in item ? item.name : null;
  const cleaned = typeof name === 'string' ? cleanName(name) : null;
  return cleaned?.ok ? clip(cleaned.value) : t('saved.import.itemN', { n: index + 1 });
}

export function mergeImport(existing: readonly SavedSetup[], candidates: readonly unknown[]): { items: SavedSetup[]; report: ImportReport } {
  const items = [...existing];
  const names = new Set(items.map((item) => item.name));
  const report: ImportReport = { added: [], skipped: 0, refused: [], renamed: [], older: [] };
  candidates.forEach((candidate, index) => {
    const checked = checkSetup(candidate, true);
    if (!checked.ok) {
      report.refused.push({ name: labelOf(candidate, index), reason: checked.error });
      return;
    }
    const item = checked.value;
    if (items.some((kept) => kept.id === item.id || (kept.name === item.name && kept.link === item.link))) {
      report.skipped++;
      return;
    }
    if (items.length >= MAX_SETUPS) {
      report.refused.push({ name: clip(item.name), reason: t('saved.reason.full', { max: MAX_SETUPS }) });
      return;
    }
    const name = uniqueName(item.name, names);
    if (name !== item.name) report.renamed.push({ from: item.name, to: name });
    const version = readLink(item.link).olderVersion;
    if (version) report.older.push({ name, version });
    const added = { ...item, name };
    names.add(name);
    items.push(added);
    report.added.push(added);
  });
  return { items, report };
}

/** The outcome for the status line: the counts first, then each refusal, renaming and note. */
export function reportLines(report: ImportReport, file: string): string[] {
  return [
    t('saved.import.summary', { file: clip(file), added: report.added.length, skipped: report.skipped, refused: report.refused.length }),
    ...report.refused.map(({ name, reason }) => t('saved.import.refusedItem', { name, reason })),
    ...report.renamed.map(({ from, to }) => t('saved.import.renamedItem', { from: clip(from), to: clip(to) })),
    ...report.older.map(({ name, version }) => t('saved.import.olderItem', { name: clip(name), version })),
  ];
}
