/**
 * A learner's result code: four characters a learner reads off their screen and the teacher types
 * into the room's tally (roomCheck.ts), holding which check (before or after) and each answer,
 * with no server and no account. Its 20 bits are
 *
 *   phase (1 bit: 0 before, 1 after) · answers (2 bits each, up to three questions; 0 past the last)
 *   · check (13 bits: a hash of the scenario's id and the 7 bits before)
 *
 * written in Crockford's base 32 (no I, L, O or U; read back in either case, with I and L as 1 and
 * O as 0, spaces and hyphens ignored). A code mistyped or from another scenario's check fails its
 * check but for 1 in 8,192. Two learners with the same answers have the same code: a code is a
 * result, not a person.
 */
import { fmix32 } from '../../sim/random/counterHash.ts';
import { CHECK_PHASES, type CheckPhase } from './score.ts';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 4;
const CHECK_BITS = 13;
/** The most questions a code can hold (the scenario schema's limit too). */
export const MAX_CODE_QUESTIONS = 3;

/** A 32-bit hash of a scenario's id, chaining fmix32 over its characters. */
function idHash(id: string): number {
  let hash = 0x2545f491;
  for (let index = 0; index < id.length; index++) hash = fmix32(hash ^ Math.imul(id.charCodeAt(index) + 1, 0x9e3779b1));
  return hash;
}

function checkOf(id: string, payload: number): number {
  return fmix32(idHash(id) ^ Math.imul(payload + 1, 0x85ebca6b)) & ((1 << CHECK_BITS) - 1);
}

/** The code of a learner's answers (each the 0-based index of a choice, below 4) to a scenario's check. */
export function resultCode(scenarioId: string, phase: CheckPhase, answers: readonly number[]): string {
  if (answers.length > MAX_CODE_QUESTIONS || answers.some((answer) => !Number.isInteger(answer) || answer < 0 || answer > 3)) {
    throw new RangeError(`a result code holds up to ${MAX_CODE_QUESTIONS} answers, each 0 to 3`);
  }
  let payload = phase === 'after' ? 1 : 0;
  for (let index = 0; index < MAX_CODE_QUESTIONS; index++) payload = (payload << 2) | (answers[index] ?? 0);
  let value = (payload << CHECK_BITS) | checkOf(scenarioId, payload);
  let code = '';
  for (let index = 0; index < CODE_LENGTH; index++) {
    code = ALPHABET[value & 31] + code;
    value >>>= 5;
  }
  return code;
}

export type CodeReading =
  | { ok: true; phase: CheckPhase; answers: number[] }
  /** `form`: not four characters of the alphabet; `check`: mistyped or another scenario's check. */
  | { ok: false; reason: 'form' | 'check' };

/** A code as typed, in the alphabet's form: upper case, I and L as 1, O as 0, no spaces or hyphens. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
}

/** What a typed code says of a learner's answers to the check whose questions have `choiceCounts` choices. */
export function readResultCode(scenarioId: string, typed: string, choiceCounts: readonly number[]): CodeReading {
  const code = normaliseCode(typed);
  if (code.length !== CODE_LENGTH || [...code].some((character) => !ALPHABET.includes(character))) return { ok: false, reason: 'form' };
  let value = 0;
  for (const character of code) value = (value << 5) | ALPHABET.indexOf(character);
  const payload = value >>> CHECK_BITS;
  if ((value & ((1 << CHECK_BITS) - 1)) !== checkOf(scenarioId, payload)) return { ok: false, reason: 'check' };
  const answers = [];
  for (let index = 0; index < MAX_CODE_QUESTIONS; index++) answers.push((payload >>> (2 * (MAX_CODE_QUESTIONS - 1 - index))) & 3);
  const asked = answers.slice(0, choiceCounts.length);
  // An answer past a question's choices, or one for a question the check does not ask, is no code of this check.
  if (asked.some((answer, index) => answer >= choiceCounts[index]) || answers.slice(choiceCounts.length).some((answer) => answer !== 0)) {
    return { ok: false, reason: 'check' };
  }
  return { ok: true, phase: CHECK_PHASES[payload >>> (2 * MAX_CODE_QUESTIONS)], answers: asked };
}
