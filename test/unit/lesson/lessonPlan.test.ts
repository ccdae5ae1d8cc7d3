/**
 * The lesson plan: each scenario starts when the one before it ends, the check frames the session
 * only when asked for and only around scenarios, the spare time is the session's length less the
 * plan's, and the plan reads back from the address as it was written.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_MINUTES, clockOf, moved, timetable } from '../../../src/app/lesson/lessonPlan.ts';
import { formatRoute, parseRoute, type LessonRoute } from '../../../src/app/routing/route.ts';

const MINUTES: Record<string, number> = { a: 20, b: 25, c: 15 };

describe('the lesson plan', () => {
  it('starts each scenario when the one before ends, framed by the check before and after', () => {
    const table = timetable({ plan: ['a', 'b', 'c'], length: 90, check: true }, (id) => MINUTES[id]);
    expect(table.items.map((item) => [item.kind, item.id ?? null, item.start, item.minutes])).toEqual([
      ['checkBefore', null, 0, CHECK_MINUTES],
      ['scenario', 'a', 5, 20],
      ['scenario', 'b', 25, 25],
      ['scenario', 'c', 50, 15],
      ['checkAfter', null, 65, CHECK_MINUTES],
    ]);
    expect([table.total, table.spare]).toEqual([70, 20]);
    expect(timetable({ plan: ['a', 'b'], length: 30, check: false }, (id) => MINUTES[id])).toMatchObject({ total: 45, spare: -15 });
    expect(timetable({ plan: [], length: 90, check: true }, (id) => MINUTES[id]).items).toEqual([]);
  });

  it('writes times as hours and minutes, and moves a scenario within the plan', () => {
    expect([clockOf(0), clockOf(5), clockOf(90), clockOf(605)]).toEqual(['0:00', '0:05', '1:30', '10:05']);
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 0, 5)).toEqual(['b', 'c', 'a']);
  });

  it('reads back from the address, saying what it left out', () => {
    const route: LessonRoute = { view: 'lesson', plan: ['refund-or-fight', 'admit-mistakes'], length: 45, check: true };
    expect(formatRoute(route)).toBe('?view=lesson&plan=refund-or-fight,admit-mistakes&length=45&check=1');
    expect(parseRoute(formatRoute(route))).toEqual({ route, ignored: [] });
    const read = parseRoute('?view=lesson&plan=refund-or-fight,nosuch,Refund-or-fight&length=5000');
    expect(read.route).toEqual({ view: 'lesson', plan: ['refund-or-fight'], length: 90, check: false });
    expect(read.ignored).toEqual([
      { key: 'plan', value: 'nosuch', reason: 'unknown' },
      { key: 'plan', value: 'Refund-or-fight', reason: 'repeated' },
      { key: 'length', value: '5000', reason: 'invalid' },
    ]);
  });
});
