/**
 * The learning check: a learner's answers score the same wherever they are scored; a result code
 * reads back as the answers it was made from, for every check a scenario can ask; a code mistyped
 * or made for another scenario is refused rather than counted; the room's tally counts each phase
 * apart; kept answers survive a reload and damaged ones are said, not shown; the CSV holds each answer.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvParseRows } from 'd3-dsv';
import type { CheckQuestion } from '../../../src/scenarios/types.ts';
import { answersComplete, scoreCheck } from '../../../src/app/check/score.ts';
import { normaliseCode, readResultCode, resultCode } from '../../../src/app/check/resultCode.ts';
import { formatCodes, roomCheck, splitCodes } from '../../../src/app/check/roomCheck.ts';
import { checkStorageKey, readChecks, writeChecks } from '../../../src/app/check/checkStore.ts';
import { answersCsv } from '../../../src/app/check/answersCsv.ts';
import type { StorageLike } from '../../../src/app/saved/savedStore.ts';

const QUESTIONS: CheckQuestion[] = [
  { question: 'Who pays for points that burn?', choices: ['The shop', 'Nobody', 'The customer who forgot them'], answer: 2, why: 'Breakage.' },
  { question: 'Does a discount card cost the same?', choices: ['Yes', 'No'], answer: 1, why: 'It is paid on every purchase.' },
  { question: 'Which lasts longer?', choices: ['A', 'B', 'C', 'D'], answer: 0, why: 'Because.' },
];

/** A check of two or three questions, each of two to four choices, with answers to it. */
const answeredCheck = fc
  .array(fc.integer({ min: 2, max: 4 }), { minLength: 2, maxLength: 3 })
  .chain((counts) => fc.tuple(fc.constant(counts), fc.tuple(...counts.map((count) => fc.integer({ min: 0, max: count - 1 })))));

function fakeStorage(initial: Record<string, string> = {}): StorageLike & { items: Record<string, string> } {
  const items = { ...initial };
  return { items, getItem: (key) => items[key] ?? null, setItem: (key, value) => void (items[key] = value) };
}

describe('scoring', () => {
  it('counts the answers that are the questions’ right choices', () => {
    expect(scoreCheck(QUESTIONS, [2, 0, 0])).toEqual({ right: 2, of: 3, each: [true, false, true] });
    expect(scoreCheck(QUESTIONS, [0, 0, 1]).right).toBe(0);
  });

  it('scores only a check with every question answered by one of its choices', () => {
    expect(answersComplete(QUESTIONS, [2, 1, 0])).toBe(true);
    expect(answersComplete(QUESTIONS, [2, null, 0])).toBe(false);
    expect(answersComplete(QUESTIONS, [2, 2, 0])).toBe(false);
    expect(answersComplete(QUESTIONS, [2, 1])).toBe(false);
  });
});

describe('result codes', () => {
  it('read back as the phase and the answers they were made from, for any check', () => {
    fc.assert(
      fc.property(answeredCheck, fc.constantFrom('before' as const, 'after' as const), fc.constantFrom('bonus-bank-vs-discount', 'refund-or-fight'), ([counts, answers], phase, id) => {
        const code = resultCode(id, phase, answers);
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}$/);
        expect(readResultCode(id, code, counts)).toEqual({ ok: true, phase, answers });
        // As a learner might type it: in lower case, with a space in the middle.
        expect(readResultCode(id, `${code.slice(0, 2).toLowerCase()} ${code.slice(2)}`, counts)).toEqual({ ok: true, phase, answers });
      }),
    );
  });

  it('refuses almost every code with one character mistyped, and codes of another scenario’s check', () => {
    const counts = QUESTIONS.map((question) => question.choices.length);
    let accepted = 0;
    let tried = 0;
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    for (const answers of [[0, 0, 0], [2, 1, 3], [1, 0, 2]]) {
      const code = resultCode('admit-mistakes', 'after', answers);
      for (let position = 0; position < 4; position++) {
        for (const character of alphabet) {
          if (character === code[position]) continue;
          tried += 1;
          if (readResultCode('admit-mistakes', code.slice(0, position) + character + code.slice(position + 1), counts).ok) accepted += 1;
        }
      }
      expect(readResultCode('why-retention', code, counts)).toEqual({ ok: false, reason: 'check' });
    }
    // 13 check bits: 1 in 8,192 of random changes pass; of these 372 one-character slips, none should.
    expect(accepted / tried).toBeLessThan(0.01);
    expect(readResultCode('admit-mistakes', 'ABC', counts)).toEqual({ ok: false, reason: 'form' });
    expect(readResultCode('admit-mistakes', 'AB!D', counts)).toEqual({ ok: false, reason: 'form' });
  });

  it('reads the letters people confuse as the digits they look like', () => {
    expect(normaliseCode('o1-il')).toBe('0111');
  });
});

describe('the room’s tally', () => {
  it('counts the learners before and after apart, with their mean score and the share right on each question', () => {
    const id = 'admit-mistakes';
    const codes = [
      resultCode(id, 'before', [0, 0, 0]), resultCode(id, 'before', [2, 0, 1]),
      resultCode(id, 'after', [2, 1, 0]), resultCode(id, 'after', [2, 1, 1]), 'ZZZZ', 'hello',
    ];
    const room = roomCheck(id, QUESTIONS, splitCodes(codes.join(', \n')));
    expect(room.before).toEqual({ learners: 2, meanShare: (1 / 3 + 1 / 3) / 2, rightShares: [0.5, 0, 0.5] });
    expect(room.after).toEqual({ learners: 2, meanShare: (1 + 2 / 3) / 2, rightShares: [1, 1, 0.5] });
    expect(room.unread.map((one) => one.code)).toEqual(['ZZZZ', 'hello']);
    expect(roomCheck(id, QUESTIONS, []).before).toEqual({ learners: 0, meanShare: null, rightShares: [null, null, null] });
    expect(formatCodes(['ab-1o', 'XY12'])).toBe('AB10.XY12');
  });
});

describe('the answers kept on the device', () => {
  it('survive a reload, and answers kept for other questions are said, not shown', () => {
    const storage = fakeStorage();
    const before = { answers: [1, 1, 0], at: '2026-12-07T08:00:00.000Z' };
    expect(writeChecks(storage, 'admit-mistakes', { before })).toBeNull();
    expect(readChecks(storage, 'admit-mistakes', QUESTIONS)).toEqual({ kept: { before }, warning: null });
    expect(readChecks(storage, 'refund-or-fight', QUESTIONS)).toEqual({ kept: {}, warning: null });
    // The same answers against a check with fewer choices: the third answer no longer fits.
    const fewer = QUESTIONS.map((question) => ({ ...question, choices: question.choices.slice(0, 2), answer: 0 }));
    storage.items[checkStorageKey('admit-mistakes')] = JSON.stringify({ version: 1, before: { answers: [2, 1, 0], at: before.at } });
    const read = readChecks(storage, 'admit-mistakes', fewer);
    expect(read.kept).toEqual({});
    expect(read.warning).toMatch(/could not be read/);
    storage.items[checkStorageKey('admit-mistakes')] = '{"version":1,"__proto__":{}}';
    expect(readChecks(storage, 'admit-mistakes', QUESTIONS).warning).toMatch(/could not be read/);
  });

  it('say when the browser will not keep them', () => {
    const refusing: StorageLike = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(readChecks(refusing, 'admit-mistakes', QUESTIONS)).toEqual({ kept: {}, warning: expect.stringContaining('SecurityError') });
    expect(writeChecks(refusing, 'admit-mistakes', {})).toContain('QuotaExceededError');
  });

  it('download as one CSV row per answer, with the result code of each check', () => {
    const kept = { before: { answers: [0, 1, 0], at: '2026-12-07T08:00:00.000Z' }, after: { answers: [2, 1, 0], at: '2026-12-07T09:00:00.000Z' } };
    const rows = csvParseRows(answersCsv('admit-mistakes', QUESTIONS, kept));
    expect(rows[0]).toEqual(['scenario', 'check', 'answered_at', 'result_code', 'question_number', 'question', 'answer', 'right_answer', 'right']);
    expect(rows).toHaveLength(1 + 6);
    expect(rows[1]).toEqual(['admit-mistakes', 'before', kept.before.at, resultCode('admit-mistakes', 'before', [0, 1, 0]), '1', QUESTIONS[0].question, 'The shop', 'The customer who forgot them', 'no']);
    expect(rows[4].slice(1, 2)).toEqual(['after']);
    expect(rows.slice(4).map((row) => row[8])).toEqual(['yes', 'yes', 'yes']);
  });
});
