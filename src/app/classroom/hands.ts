/**
 * The room's prediction in classroom mode: how many hands went up for each answer of a scenario's
 * question, counted by the teacher before the run and kept in the address as `hands=` (one count
 * per answer, in the question's order, joined by "-": `hands=4-11-2`). The debrief sets the counts
 * against the run's answer. Counts are whole numbers of people, 0 to MAX_HANDS each.
 */

/** The most hands one answer can have: a lecture hall, not a typing slip of a fourth digit. */
export const MAX_HANDS = 999;

const HANDS_PATTERN = /^\d{1,3}(-\d{1,3}){1,9}$/;

/** The counts written in an address's `hands=`, or null when the text is not such a list. */
export function parseHands(text: string): number[] | null {
  const trimmed = text.trim();
  return HANDS_PATTERN.test(trimmed) ? trimmed.split('-').map(Number) : null;
}

/** The address's form of the counts; "" when no hand is counted (the address then leaves `hands` out). */
export function formatHands(counts: readonly number[]): string {
  return counts.some((count) => count > 0) ? counts.join('-') : '';
}

/** A count as typed into a box: a whole number within 0 … MAX_HANDS (anything else counts 0). */
export function handsCount(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(MAX_HANDS, Math.max(0, Math.round(value)));
}

/** The room set against the run: how many raised a hand, and how many for one of the run's answers. */
export interface RoomVerdict {
  total: number;
  /** Hands for an answer the run bears out. */
  right: number;
  /** right ÷ total, or null when nobody answered. */
  share: number | null;
  /** Each answer's share of the hands, in the question's order (0 when nobody answered). */
  shares: number[];
}

export function roomVerdict(counts: readonly number[], answers: readonly number[]): RoomVerdict {
  const total = counts.reduce((sum, count) => sum + count, 0);
  const right = counts.reduce((sum, count, index) => sum + (answers.includes(index) ? count : 0), 0);
  return {
    total,
    right,
    share: total > 0 ? right / total : null,
    shares: counts.map((count) => (total > 0 ? count / total : 0)),
  };
}
