/**
 * A lesson plan: scenarios strung into one session, in order, each taking the minutes its
 * teacher's notes give (front matter `teacher.minutes`), optionally framed by the learning check
 * before the first and after the last (CHECK_MINUTES each time, whatever the number of scenarios:
 * every learner answers every scenario's two or three questions in one sitting). Times are whole
 * minutes from the session's start. Kept in the address (`?view=lesson&plan=a,b&length=90&check=1`).
 */

/** One sitting of the learning check, in minutes: two or three questions a scenario, read on a phone, for up to four scenarios. */
export const CHECK_MINUTES = 5;
/** The session's length when the address gives none: a 90-minute training session, as the trainer plans. */
export const DEFAULT_LENGTH = 90;
export const LENGTH_LIMITS = { min: 15, max: 480 } as const;

export interface LessonPlan {
  /** Scenario ids, in the session's order, each at most once. */
  plan: string[];
  /** The session's length in minutes. */
  length: number;
  /** The learning check before the first scenario and after the last. */
  check: boolean;
}

export interface PlanItem {
  kind: 'checkBefore' | 'scenario' | 'checkAfter';
  /** The scenario's id (for kind "scenario"). */
  id?: string;
  /** Minutes from the session's start. */
  start: number;
  minutes: number;
}

export interface Timetable {
  items: PlanItem[];
  /** Minutes the plan takes. */
  total: number;
  /** The session's length minus the plan's: negative when the plan runs over. */
  spare: number;
}

export function timetable(lesson: LessonPlan, minutesOf: (id: string) => number): Timetable {
  const items: PlanItem[] = [];
  let clock = 0;
  const add = (item: Omit<PlanItem, 'start'>) => {
    items.push({ ...item, start: clock });
    clock += item.minutes;
  };
  if (lesson.check && lesson.plan.length > 0) add({ kind: 'checkBefore', minutes: CHECK_MINUTES });
  for (const id of lesson.plan) add({ kind: 'scenario', id, minutes: minutesOf(id) });
  if (lesson.check && lesson.plan.length > 0) add({ kind: 'checkAfter', minutes: CHECK_MINUTES });
  return { items, total: clock, spare: lesson.length - clock };
}

/** "0:05", "1:30": a time from the session's start, as hours and minutes. */
export function clockOf(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The plan with the scenario at `index` moved by `by` places (kept within the plan). */
export function moved(plan: readonly string[], index: number, by: number): string[] {
  const to = Math.max(0, Math.min(plan.length - 1, index + by));
  const next = [...plan];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item);
  return next;
}
