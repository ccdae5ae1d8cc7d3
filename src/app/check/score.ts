/**
 * Scoring a learner's check (a scenario's `check:` questions): an answer is right when it is the
 * question's `answer`. Pure, so a learner's answers score the same in every browser.
 */
import type { CheckQuestion } from '../../scenarios/types.ts';

/** The two times a learner takes a scenario's check: before it is played and after. */
export const CHECK_PHASES = ['before', 'after'] as const;
export type CheckPhase = (typeof CHECK_PHASES)[number];

export interface CheckScore {
  /** How many answers are right. */
  right: number;
  /** How many questions the check asks. */
  of: number;
  /** Whether each answer is right, in the questions' order. */
  each: boolean[];
}

/** Whether `answers` answers every question with one of its choices. */
export function answersComplete(questions: readonly CheckQuestion[], answers: readonly (number | null)[]): answers is number[] {
  return (
    answers.length === questions.length &&
    answers.every((answer, index) => answer !== null && Number.isInteger(answer) && answer >= 0 && answer < questions[index].choices.length)
  );
}

export function scoreCheck(questions: readonly CheckQuestion[], answers: readonly number[]): CheckScore {
  const each = questions.map((question, index) => answers[index] === question.answer);
  return { right: each.filter(Boolean).length, of: questions.length, each };
}
