/**
 * A learner's own answers as CSV, to hand in or keep: one row per question of each check taken
 * (before, after), with the answer given, the right answer, whether it was right, and the check's
 * result code (resultCode.ts). Column names are fixed English identifiers, like the app's other
 * exports, so a spreadsheet of a class's files lines up in any language.
 */
import { csvFormatRows } from 'd3-dsv';
import type { CheckQuestion } from '../../scenarios/types.ts';
import type { KeptChecks } from './checkStore.ts';
import { resultCode } from './resultCode.ts';
import { CHECK_PHASES, scoreCheck } from './score.ts';

const HEADER = ['scenario', 'check', 'answered_at', 'result_code', 'question_number', 'question', 'answer', 'right_answer', 'right'];

export function answersCsv(scenarioId: string, questions: readonly CheckQuestion[], kept: KeptChecks): string {
  const rows = CHECK_PHASES.flatMap((phase) => {
    const taken = kept[phase];
    if (!taken) return [];
    const score = scoreCheck(questions, taken.answers);
    const code = resultCode(scenarioId, phase, taken.answers);
    return questions.map((question, index) => [
      scenarioId, phase, taken.at, code, String(index + 1), question.question,
      question.choices[taken.answers[index]], question.choices[question.answer], score.each[index] ? 'yes' : 'no',
    ]);
  });
  return `${csvFormatRows([HEADER, ...rows])}\n`;
}
