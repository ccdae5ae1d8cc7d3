/**
 * Where a learner's checks are kept: in this browser's storage, one JSON document per scenario
 * under a versioned key, `{ "version": 1, "before": TakenCheck, "after": TakenCheck }` (either may
 * be missing). Nothing leaves the device. Reading never throws: storage that is unavailable (some
 * private modes) or a document that is damaged or not this check's (the scenario's questions
 * changed) reads as no answers, with a sentence saying why; a write that fails says so and the
 * learner's result stays on screen.
 */
import type { CheckQuestion } from '../../scenarios/types.ts';
import { t } from '../i18n/t.ts';
import { parseUntrustedJson } from '../saved/safeJson.ts';
import type { StorageLike } from '../saved/savedStore.ts';
import { answersComplete, CHECK_PHASES, type CheckPhase } from './score.ts';

const VERSION = 1;

/** One taking of a check: the answers (0-based choices) and when, as an ISO date and time. */
export interface TakenCheck {
  answers: number[];
  at: string;
}

export type KeptChecks = Partial<Record<CheckPhase, TakenCheck>>;

export const checkStorageKey = (scenarioId: string) => `retention-lab.check.v${VERSION}.${scenarioId}`;

const reasonOf = (failure: unknown) => (failure instanceof Error ? `${failure.name}: ${failure.message}` : String(failure));

function takenOf(value: unknown, questions: readonly CheckQuestion[]): TakenCheck | null {
  if (typeof value !== 'object' || value === null) return null;
  const { answers, at } = value as { answers?: unknown; at?: unknown };
  if (!Array.isArray(answers) || typeof at !== 'string' || Number.isNaN(Date.parse(at))) return null;
  return answersComplete(questions, answers as (number | null)[]) ? { answers: [...(answers as number[])], at } : null;
}

/** The checks this browser keeps for a scenario, and a sentence when some could not be read. */
export function readChecks(storage: StorageLike, scenarioId: string, questions: readonly CheckQuestion[]): { kept: KeptChecks; warning: string | null } {
  let text: string | null;
  try {
    text = storage.getItem(checkStorageKey(scenarioId));
  } catch (failure) {
    return { kept: {}, warning: t('check.store.unavailable', { reason: reasonOf(failure) }) };
  }
  if (text === null) return { kept: {}, warning: null };
  const parsed = parseUntrustedJson(text);
  const document = parsed.ok && typeof parsed.value === 'object' && parsed.value !== null ? (parsed.value as Record<string, unknown>) : null;
  const kept: KeptChecks = {};
  let unread = document === null || document.version !== VERSION;
  if (document && !unread) {
    for (const phase of CHECK_PHASES) {
      if (document[phase] === undefined) continue;
      const taken = takenOf(document[phase], questions);
      if (taken) kept[phase] = taken;
      else unread = true;
    }
  }
  return { kept, warning: unread ? t('check.store.unread') : null };
}

/** Keep the checks; null when kept, else why not (the result stays on screen all the same). */
export function writeChecks(storage: StorageLike, scenarioId: string, kept: KeptChecks): string | null {
  try {
    storage.setItem(checkStorageKey(scenarioId), JSON.stringify({ version: VERSION, ...kept }));
    return null;
  } catch (failure) {
    return t('check.store.unsaved', { reason: reasonOf(failure) });
  }
}
