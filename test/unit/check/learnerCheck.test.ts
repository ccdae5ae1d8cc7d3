/**
 * A learner's check on their device: nothing is scored until every question is answered; scoring
 * keeps the answers with the time, gives the score and the code; the page opened again shows the
 * result kept; after the scenario the score before is set beside it; storage that refuses is said
 * and the result stays.
 */
import { describe, expect, it } from 'vitest';
import { readScenarios } from '../../../src/scenarios/node/readScenarios.ts';
import { LearnerCheck } from '../../../src/app/state/learnerCheck.svelte.ts';
import { checkStorageKey } from '../../../src/app/check/checkStore.ts';
import { resultCode } from '../../../src/app/check/resultCode.ts';
import type { StorageLike } from '../../../src/app/saved/savedStore.ts';

const read = readScenarios();
if (!read.ok) throw new Error(read.error);
const scenario = read.value.find((one) => one.id === 'refund-or-fight')!;
const AT = new Date('2026-12-07T09:00:00Z');

function memoryStorage(): StorageLike & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('a learner’s check', () => {
  it('scores only a complete set of answers, keeps them, and shows them again when reopened', () => {
    const storage = memoryStorage();
    const before = new LearnerCheck(scenario, 'before', storage, () => AT);
    expect(before.answering).toBe(true);
    before.choose(0, 1);
    before.submit();
    expect([before.answering, before.taken]).toEqual([true, null]);
    const wrong = scenario.check.map((question) => (question.answer === 0 ? 1 : 0));
    wrong.forEach((choice, question) => before.choose(question, choice));
    expect(before.complete).toBe(true);
    before.submit();
    expect(before.answering).toBe(false);
    expect(before.score).toMatchObject({ right: 0, of: scenario.check.length });
    expect(before.code).toBe(resultCode(scenario.id, 'before', wrong));
    expect(JSON.parse(storage.items.get(checkStorageKey(scenario.id))!)).toEqual({ version: 1, before: { answers: wrong, at: AT.toISOString() } });

    const reopened = new LearnerCheck(scenario, 'before', storage);
    expect([reopened.answering, reopened.code]).toEqual([false, before.code]);
    reopened.answerAgain();
    expect([reopened.answering, reopened.answers]).toEqual([true, wrong]);

    const after = new LearnerCheck(scenario, 'after', storage, () => AT);
    scenario.check.forEach((question, index) => after.choose(index, question.answer));
    after.submit();
    expect(after.score?.right).toBe(scenario.check.length);
    expect(after.beforeScore?.right).toBe(0);
  });

  it('says when the browser will not keep the answers, and still shows the result', () => {
    const refusing: StorageLike = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const check = new LearnerCheck(scenario, 'after', refusing);
    scenario.check.forEach((question, index) => check.choose(index, question.answer));
    check.submit();
    expect(check.code).toBe(resultCode(scenario.id, 'after', scenario.check.map((question) => question.answer)));
    expect(check.notes.join(' ')).toContain('QuotaExceededError');
  });
});
