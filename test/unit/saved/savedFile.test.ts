/**
 * "Export all" and "Import…": a file exported and imported into an empty browser restores every
 * set-up exactly; importing twice adds nothing; and a broken or foreign file — not JSON, another
 * format, a newer version, too large, wrong fields, prototype keys, a link with invalid parameters
 * — gives its reason and leaves what is saved untouched.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../../src/app/i18n/t.ts';
import { reportLines } from '../../../src/app/saved/importMerge.ts';
import { FILE_FORMAT, FILE_NAME, MAX_FILE_BYTES } from '../../../src/app/saved/savedFile.ts';
import { exportSetups, importSetups, listSetups, saveSetup, type SavedContext } from '../../../src/app/saved/savedSetups.ts';
import { STORAGE_KEY } from '../../../src/app/saved/savedStore.ts';
import { emptyLink, writeLink } from '../../../src/app/url/sandboxLink.ts';
import { MODEL_VERSION } from '../../../src/sim/index.ts';
import { FakeStorage } from './fakeStorage.ts';

const bonusLink = writeLink({ ...emptyLink(), a: { 'bonusBank.enabled': true }, b: { 'club.enabled': true }, seed: 7 });
const discountLink = writeLink({ ...emptyLink(), a: { 'discount.enabled': true }, weeks: 52 });

let storage: FakeStorage;
let context: SavedContext;

function contextOn(target: FakeStorage): SavedContext {
  let minute = 0;
  let id = 0;
  return { storage: target, now: () => new Date(Date.UTC(2026, 10, 24, 10, minute++)), newId: () => `id-${++id}` };
}

beforeEach(() => {
  storage = new FakeStorage();
  context = contextOn(storage);
  saveSetup(context, 'Bonus bank', bonusLink);
  saveSetup(context, 'Discount', discountLink);
});

function exportedText(from: SavedContext = context): string {
  const outcome = exportSetups(from);
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.value.content as string;
}

const item = (fields: Record<string, unknown> = {}) => ({
  id: 'x1',
  name: 'Imported',
  savedAt: '2026-11-20T09:00:00.000Z',
  modelVersion: MODEL_VERSION,
  link: bonusLink,
  ...fields,
});
const fileWith = (items: unknown[], fields: Record<string, unknown> = {}) =>
  JSON.stringify({ format: FILE_FORMAT, version: 1, model: MODEL_VERSION, exportedAt: '2026-11-24T10:00:00.000Z', items, ...fields });

describe('exporting saved set-ups', () => {
  it('writes a tagged, versioned JSON document with every set-up', () => {
    const outcome = exportSetups(context);
    expect(outcome.ok && outcome.value.name).toBe(FILE_NAME);
    const document = JSON.parse(exportedText());
    expect(document).toMatchObject({ format: FILE_FORMAT, version: 1, model: MODEL_VERSION });
    expect(document.items).toEqual(listSetups(context).items);
  });

  it('and importing the file into an empty browser restores them exactly', () => {
    const other = contextOn(new FakeStorage());
    const imported = importSetups(other, exportedText(), FILE_NAME);
    expect(imported.ok && imported.value.added).toHaveLength(2);
    expect(listSetups(other).items).toEqual(listSetups(context).items);
  });

  it('importing the same file again adds nothing: same ids, or same names and links, are skipped', () => {
    const again = importSetups(context, exportedText(), FILE_NAME);
    expect(again.ok && again.value).toMatchObject({ added: [], skipped: 2, refused: [] });
    const sameNameAndLink = importSetups(context, fileWith([item({ id: 'other', name: 'Discount', link: discountLink })]), 'f.json');
    expect(sameNameAndLink.ok && sameNameAndLink.value.skipped).toBe(1);
    expect(listSetups(context).items).toHaveLength(2);
  });

  it('numbers an imported name already taken, and says so', () => {
    const outcome = importSetups(context, fileWith([item({ name: 'Discount' })]), 'colleague.json');
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.value.added.map((added) => added.name)).toEqual(['Discount (2)']);
    expect(reportLines(outcome.value, 'colleague.json')).toEqual([
      t('saved.import.summary', { file: 'colleague.json', added: 1, skipped: 0, refused: 0 }),
      t('saved.import.renamedItem', { from: 'Discount', to: 'Discount (2)' }),
    ]);
  });

  it('adds a set-up of an older model version with a note', () => {
    const older = bonusLink.replace(`v=${MODEL_VERSION}`, 'v=0.9.0');
    const outcome = importSetups(context, fileWith([item({ link: older, modelVersion: '0.9.0' })]), 'old.json');
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.value.older).toEqual([{ name: 'Imported', version: '0.9.0' }]);
    expect(reportLines(outcome.value, 'old.json')).toContain(t('saved.import.olderItem', { name: 'Imported', version: '0.9.0' }));
  });
});

describe('importing a broken or foreign file', () => {
  const fileErrors: [string, string, string][] = [
    ['text that is not JSON', '{"format": "retention-lab-saved-setups", ', 'is not JSON'],
    ['JSON of another format', JSON.stringify({ format: 'someone-elses', items: [] }), t('saved.file.foreign', { format: FILE_FORMAT })],
    ['a list instead of a document', '[]', t('saved.file.foreign', { format: FILE_FORMAT })],
    ['a single set-up exported with “Save the set-up (JSON)”', JSON.stringify({ app: 'retention-lab', model: MODEL_VERSION, seed: 1, a: {}, b: null }), t('saved.file.configuration')],
    ['a newer file version', fileWith([], { version: 2 }), t('saved.file.newer', { version: 2, supported: 1 })],
    ['a version that is not a whole number', fileWith([], { version: '1' }), t('saved.file.version')],
    ['items that are not a list', fileWith([], { items: { 0: item() } }), t('saved.file.items')],
    ['a __proto__ key', fileWith([JSON.parse(JSON.stringify(item()))]).replace('"id"', '"__proto__": {"polluted": true}, "id"'), t('saved.file.prototype', { key: '__proto__' })],
    ['a constructor key', fileWith([], { constructor: { prototype: { polluted: true } } }), t('saved.file.prototype', { key: 'prototype' })],
    ['a file too large', fileWith([item({ name: 'x', link: `${bonusLink}&seed=1`.padEnd(MAX_FILE_BYTES, ' ') })]), 'at most 1,000,000 bytes'],
  ];

  for (const [what, text, reason] of fileErrors) {
    it(`refuses ${what}, with the reason, and keeps what is saved`, () => {
      const before = storage.values.get(STORAGE_KEY);
      const outcome = importSetups(context, text, 'broken.json');
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.error).toContain(reason);
      expect(outcome.error).toContain('Nothing was imported from “broken.json”');
      expect(outcome.items.map((kept) => kept.name)).toEqual(['Discount', 'Bonus bank']);
      expect(storage.values.get(STORAGE_KEY)).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  const itemErrors: [string, unknown, string][] = [
    ['a number', 42, t('saved.reason.notObject')],
    ['no id', item({ id: undefined }), t('saved.reason.field', { field: 'id', expected: t('saved.expected.id') })],
    ['an id with markup', item({ id: '<img src=x>' }), t('saved.reason.field', { field: 'id', expected: t('saved.expected.id') })],
    ['a name that is a number', item({ name: 7 }), t('saved.reason.field', { field: 'name', expected: t('saved.expected.name') })],
    ['an empty name', item({ name: ' ' }), t('saved.reason.nameEmpty')],
    ['a name with a control character', item({ name: 'Bell\u0007' }), t('saved.reason.nameControl')],
    ['a name too long', item({ name: 'x'.repeat(81) }), t('saved.reason.nameLong', { max: 80 })],
    ['a date that is not one', item({ savedAt: 'yesterday' }), t('saved.reason.field', { field: 'savedAt', expected: t('saved.expected.savedAt') })],
    ['no model version', item({ modelVersion: null }), t('saved.reason.field', { field: 'modelVersion', expected: t('saved.expected.modelVersion') })],
    ['a link that is not text', item({ link: { seed: 1 } }), t('saved.reason.field', { field: 'link', expected: t('saved.expected.link', { max: 8000 }) })],
    ['a link with invalid parameters', item({ link: `${bonusLink}&purchases.grossMargin=7&nonsense=1` }), '“purchases.grossMargin=7”'],
  ];

  for (const [what, bad, reason] of itemErrors) {
    it(`refuses an item with ${what}, with its reason, and imports the good ones beside it`, () => {
      const outcome = importSetups(context, fileWith([bad, item({ id: 'good', name: 'Good' })]), 'mixed.json');
      if (!outcome.ok) throw new Error(outcome.error);
      expect(outcome.value.added.map((added) => added.name)).toEqual(['Good']);
      expect(outcome.value.refused).toHaveLength(1);
      expect(outcome.value.refused[0].reason).toContain(reason);
      expect(listSetups(context).items.map((kept) => kept.name)).toEqual(['Discount', 'Bonus bank', 'Good']);
    });
  }

  it('names a refused item by its name, or by its place in the file', () => {
    const outcome = importSetups(context, fileWith([item({ savedAt: 'no' }), 3]), 'mixed.json');
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.value.refused.map((refused) => refused.name)).toEqual(['Imported', t('saved.import.itemN', { n: 2 })]);
    const lines = reportLines(outcome.value, 'mixed.json');
    expect(lines[0]).toBe(t('saved.import.summary', { file: 'mixed.json', added: 0, skipped: 0, refused: 2 }));
    expect(lines[1]).toMatch(/^Refused “Imported”: its “savedAt” is missing/);
  });

  it('keeps only the known fields of an imported item', () => {
    const outcome = importSetups(context, fileWith([item({ extra: '<script>', onclick: 'x' })]), 'extra.json');
    if (!outcome.ok) throw new Error(outcome.error);
    expect(Object.keys(outcome.value.added[0]).sort()).toEqual(['id', 'link', 'modelVersion', 'name', 'savedAt']);
  });

  it('keeps what is saved when the storage is full, and says so', () => {
    const before = storage.values.get(STORAGE_KEY);
    storage.full = true;
    const outcome = importSetups(context, fileWith([item()]), 'f.json');
    expect(outcome).toMatchObject({ ok: false, error: t('saved.error.quota') });
    expect(storage.values.get(STORAGE_KEY)).toBe(before);
  });
});
