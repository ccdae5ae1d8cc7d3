/**
 * The saved set-ups in a fake Storage: saving, listing newest first, renaming and deleting (and
 * bringing back); full storage keeps the old list and says so, unavailable storage says so; and
 * every outcome is a value, never an exception.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../../src/app/i18n/t.ts';
import { MAX_NAME } from '../../../src/app/saved/savedSetup.ts';
import { deleteSetup, listSetups, renameSetup, restoreSetup, saveSetup, type SavedContext } from '../../../src/app/saved/savedSetups.ts';
import { MAX_SETUPS, STORAGE_KEY } from '../../../src/app/saved/savedStore.ts';
import { emptyLink, writeLink } from '../../../src/app/url/sandboxLink.ts';
import { MODEL_VERSION } from '../../../src/sim/index.ts';
import { FakeStorage } from './fakeStorage.ts';

const bonusLink = writeLink({ ...emptyLink(), a: { 'bonusBank.enabled': true }, seed: 7 });
const discountLink = writeLink({ ...emptyLink(), a: { 'discount.enabled': true } });

let storage: FakeStorage;
let context: SavedContext;

beforeEach(() => {
  storage = new FakeStorage();
  let minute = 0;
  let id = 0;
  context = {
    storage,
    now: () => new Date(Date.UTC(2026, 10, 24, 10, minute++)),
    newId: () => `id-${++id}`,
  };
});

function ok<T>(outcome: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!outcome.ok) throw new Error(`expected success, got: ${outcome.error}`);
  return outcome.value;
}

describe('saved set-ups', () => {
  it('start empty, and list what was saved newest first with its time, model version and link', () => {
    expect(ok(listSetups(context))).toBeNull();
    expect(listSetups(context).items).toEqual([]);
    ok(saveSetup(context, 'Bonus bank', bonusLink));
    const outcome = saveSetup(context, '  Discount   card ', discountLink);
    expect(ok(outcome)).toEqual({ id: 'id-2', name: 'Discount card', savedAt: '2026-11-24T10:01:00.000Z', modelVersion: MODEL_VERSION, link: discountLink });
    expect(listSetups(context).items.map((item) => item.name)).toEqual(['Discount card', 'Bonus bank']);
    expect(JSON.parse(storage.values.get(STORAGE_KEY)!)).toMatchObject({ version: 1, items: [{ name: 'Bonus bank' }, { name: 'Discount card' }] });
  });

  it('need a name, of at most the longest length, and number a name already taken', () => {
    const empty = saveSetup(context, '   ', bonusLink);
    expect(empty).toMatchObject({ ok: false, error: t('saved.error.notSaved', { reason: t('saved.reason.nameEmpty') }) });
    expect(saveSetup(context, 'x'.repeat(MAX_NAME + 1), bonusLink).ok).toBe(false);
    expect(ok(saveSetup(context, 'x'.repeat(MAX_NAME), bonusLink)).name).toHaveLength(MAX_NAME);
    expect(ok(saveSetup(context, 'x'.repeat(MAX_NAME), bonusLink)).name).toBe(`${'x'.repeat(MAX_NAME - 4)} (2)`);
    ok(saveSetup(context, 'Bonus', bonusLink));
    expect(ok(saveSetup(context, 'Bonus', discountLink)).name).toBe('Bonus (2)');
    expect(ok(saveSetup(context, 'Bonus', discountLink)).name).toBe('Bonus (3)');
  });

  it('rename one set-up, numbering a name another has, and keep its place and time', () => {
    const first = ok(saveSetup(context, 'One', bonusLink));
    ok(saveSetup(context, 'Two', discountLink));
    expect(ok(renameSetup(context, first.id, ' Uno '))).toEqual({ ...first, name: 'Uno' });
    expect(ok(renameSetup(context, first.id, 'Two')).name).toBe('Two (2)');
    expect(ok(renameSetup(context, first.id, 'Two (2)')).name).toBe('Two (2)');
    expect(renameSetup(context, first.id, '')).toMatchObject({ ok: false, error: t('saved.error.notRenamed', { reason: t('saved.reason.nameEmpty') }) });
    expect(renameSetup(context, 'no-such-id', 'Three')).toMatchObject({ ok: false, error: t('saved.error.gone') });
    expect(listSetups(context).items.map((item) => item.name)).toEqual(['Two', 'Two (2)']);
  });

  it('delete one set-up and bring it back as it was', () => {
    const first = ok(saveSetup(context, 'One', bonusLink));
    ok(saveSetup(context, 'Two', discountLink));
    const deleted = deleteSetup(context, first.id);
    expect(ok(deleted)).toEqual(first);
    expect(deleted.items.map((item) => item.name)).toEqual(['Two']);
    expect(deleteSetup(context, first.id)).toMatchObject({ ok: false, error: t('saved.error.gone') });
    expect(ok(restoreSetup(context, first))).toEqual(first);
    expect(listSetups(context).items).toContainEqual(first);
    expect(listSetups(context).items).toHaveLength(2);
  });

  it('keep at most MAX_SETUPS', () => {
    for (let index = 0; index < MAX_SETUPS; index++) ok(saveSetup(context, `Set-up ${index}`, bonusLink));
    const refused = saveSetup(context, 'One more', bonusLink);
    expect(refused).toMatchObject({ ok: false, error: t('saved.error.notSaved', { reason: t('saved.reason.full', { max: MAX_SETUPS }) }) });
    expect(refused.items).toHaveLength(MAX_SETUPS);
  });

  it('keep the old list and say so when the storage is full', () => {
    ok(saveSetup(context, 'One', bonusLink));
    const before = storage.values.get(STORAGE_KEY);
    storage.full = true;
    for (const outcome of [saveSetup(context, 'Two', discountLink), renameSetup(context, 'id-1', 'Uno'), deleteSetup(context, 'id-1')]) {
      expect(outcome).toMatchObject({ ok: false, error: t('saved.error.quota') });
      expect(outcome.items.map((item) => item.name)).toEqual(['One']);
    }
    expect(storage.values.get(STORAGE_KEY)).toBe(before);
  });

  it('say that storage is unavailable instead of throwing', () => {
    storage.unavailable = true;
    const listed = listSetups(context);
    expect(listed.ok).toBe(false);
    if (!listed.ok) expect(listed.error).toBe(t('saved.error.unavailable', { reason: 'SecurityError: The operation is insecure.' }));
    expect(saveSetup(context, 'One', bonusLink)).toMatchObject({ ok: false, items: [] });
  });

  it('say that kept data is damaged, list what can be read, and start afresh on the next save', () => {
    storage.values.set(STORAGE_KEY, '{"version":1,"items":[{"id":"a","name":"Kept","savedAt":"2026-11-24T10:00:00.000Z","modelVersion":"1.0.0","link":"v=1.0.0"},{"id":7}]}');
    const listed = listSetups(context);
    expect(listed).toMatchObject({ ok: true, warning: t('saved.error.dropped', { count: 1 }) });
    expect(listed.items.map((item) => item.name)).toEqual(['Kept']);
    storage.values.set(STORAGE_KEY, 'not json');
    expect(listSetups(context)).toMatchObject({ ok: true, items: [] });
    expect((listSetups(context) as { warning: string }).warning).toContain('could not be read');
    ok(saveSetup(context, 'New', bonusLink));
    expect(listSetups(context).items.map((item) => item.name)).toEqual(['New']);
  });

  it('leave a list kept by a newer version alone, and say so', () => {
    const newer = JSON.stringify({ version: 2, items: [], more: 'what version 2 keeps' });
    storage.values.set(STORAGE_KEY, newer);
    expect(listSetups(context)).toMatchObject({ ok: false, error: t('saved.error.newerStore', { version: 2, supported: 1 }) });
    expect(saveSetup(context, 'One', bonusLink).ok).toBe(false);
    expect(storage.values.get(STORAGE_KEY)).toBe(newer);
  });

  it('list a set-up kept from an older model whose link this model no longer reads in full', () => {
    storage.values.set(STORAGE_KEY, JSON.stringify({ version: 1, items: [{ id: 'old', name: 'Old', savedAt: '2025-01-01T00:00:00.000Z', modelVersion: '0.9.0', link: 'v=0.9.0&retired.param=3' }] }));
    expect(listSetups(context).items.map((item) => item.name)).toEqual(['Old']);
  });
});
