/**
 * When points burn. Points are kept in batches by earning window: a window is L = ceil(E / 4)
 * weeks long, where E is the expiry in weeks. The points of window w burn at the end of week
 * (w + 1)·L + E − 1, so every point lives at least E weeks and at most E + L − 1 weeks. At most
 * five windows are alive at once; POINT_SLOTS (6) ring slots hold them.
 */
import { POINT_SLOTS } from './population.ts';

export interface PointsCalendar {
  /** Ring slot that earns this week. */
  earningSlot: number;
  /** Ring slot whose points burn at the end of this week, or -1. */
  burningSlot: number;
  /** Ring slot whose points burn next (this week or later), and how many weeks until then. */
  nextBurningSlot: number;
  weeksToNextBurn: number;
}

export function pointsCalendar(week: number, expiryWeeks: number): PointsCalendar {
  const windowLength = Math.ceil(expiryWeeks / 4);
  const burnWeek = (window: number) => (window + 1) * windowLength + expiryWeeks - 1;
  const sinceFirstBurnable = week - expiryWeeks + 1;
  const burningWindow = sinceFirstBurnable % windowLength === 0 ? sinceFirstBurnable / windowLength - 1 : -1;
  const nextWindow = Math.max(0, Math.ceil(sinceFirstBurnable / windowLength) - 1);
  return {
    earningSlot: Math.floor(week / windowLength) % POINT_SLOTS,
    burningSlot: burningWindow >= 0 ? burningWindow % POINT_SLOTS : -1,
    nextBurningSlot: nextWindow % POINT_SLOTS,
    weeksToNextBurn: burnWeek(nextWindow) - week,
  };
}
