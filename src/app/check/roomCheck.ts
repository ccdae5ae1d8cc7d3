/**
 * The room's check: the result codes the teacher typed in (resultCode.ts), read against a scenario's
 * questions and summed, before and after: how many learners, their mean score, and for each
 * question the share who got it right. Codes that cannot be read are kept, with why, so the teacher
 * can correct them. The codes are kept in the address (`codes=`, joined by "."), so a reload or a
 * link keeps the tally.
 */
import type { CheckQuestion } from '../../scenarios/types.ts';
import { normaliseCode, readResultCode } from './resultCode.ts';
import { scoreCheck, type CheckPhase } from './score.ts';

export interface PhaseTally {
  learners: number;
  /** The mean share of right answers, or null with no learner. */
  meanShare: number | null;
  /** For each question, the share of learners who got it right (null with no learner). */
  rightShares: (number | null)[];
}

export interface RoomCheck {
  before: PhaseTally;
  after: PhaseTally;
  /** Codes that are no result of this check, as typed, with why. */
  unread: { code: string; reason: 'form' | 'check' }[];
}

/** The codes in a text as typed: separated by spaces, commas, dots, semicolons or new lines. */
export function splitCodes(text: string): string[] {
  return text.split(/[\s,.;]+/).map((code) => code.trim()).filter((code) => code !== '');
}

/** The codes in the address's form: normalised and joined by "." (empty for none). */
export function formatCodes(codes: readonly string[]): string {
  return codes.map(normaliseCode).join('.');
}

function tallyOf(questions: readonly CheckQuestion[], answerSets: number[][]): PhaseTally {
  const scores = answerSets.map((answers) => scoreCheck(questions, answers));
  const learners = scores.length;
  return {
    learners,
    meanShare: learners > 0 ? scores.reduce((sum, score) => sum + score.right / score.of, 0) / learners : null,
    rightShares: questions.map((_, index) => (learners > 0 ? scores.filter((score) => score.each[index]).length / learners : null)),
  };
}

export function roomCheck(scenarioId: string, questions: readonly CheckQuestion[], codes: readonly string[]): RoomCheck {
  const choiceCounts = questions.map((question) => question.choices.length);
  const byPhase: Record<CheckPhase, number[][]> = { before: [], after: [] };
  const unread: RoomCheck['unread'] = [];
  for (const code of codes) {
    const reading = readResultCode(scenarioId, code, choiceCounts);
    if (reading.ok) byPhase[reading.phase].push(reading.answers);
    else unread.push({ code, reason: reading.reason });
  }
  return { before: tallyOf(questions, byPhase.before), after: tallyOf(questions, byPhase.after), unread };
}
