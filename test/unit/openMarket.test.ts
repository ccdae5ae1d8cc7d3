/**
 * The open market and the cost of winning (issue 10, part 2): people move out of the catchment and
 * newcomers take their place; marketing wins the most responsive prospects first and the rival
 * outspends us year by year, so winning a customer costs more as time goes on (S1.F3); former
 * customers remember why they left; satisfied customers are harder for the rival to lure away.
 */
import { describe, expect, it } from 'vitest';
import { overSeeds, run, total } from '../support/runs.ts';

const SEEDS = [1, 2, 3];

function yearSum(values: ArrayLike<number>, year: number): number {
  return total(values, 52 * year, 52 * (year + 1));
}

describe('the open market', () => {
  it('moves about a tenth of its customers out of the market a year, at the default', () => {
    const result = run({}, { people: 20_000, weeks: 156 });
    const { leftMoved, customers } = result.series;
    // Each week a customer moves with chance 1 − 0.9^(1/52); compare with the customers at the week's start.
    const weekly = 1 - 0.9 ** (1 / 52);
    let exposed = 0;
    for (let week = 1; week < 156; week++) exposed += customers[week - 1];
    const expected = exposed * weekly;
    expect(Math.abs(total(leftMoved, 1) - expected)).toBeLessThan(4 * Math.sqrt(expected));
  }, 60_000);

  it('moves no one in a closed market', () => {
    const result = run({ 'market.moveAwayPerYear': 0 }, { weeks: 104 });
    expect(total(result.series.leftMoved)).toBe(0);
  }, 60_000);

  it('keeps the market the same size: everyone who moves is replaced by a newcomer', () => {
    const result = run({ 'market.moveAwayPerYear': 0.5 }, { people: 4000, weeks: 104 });
    const { prospects, customers, lapsed, fired } = result.series;
    for (const week of [0, 51, 103]) expect(prospects[week] + customers[week] + lapsed[week] + fired[week]).toBe(4000);
    expect(total(result.series.leftMoved)).toBeGreaterThan(0);
  }, 60_000);

  it('gives a newcomer a story of their own: the slot’s mover, then a prospect who may join', () => {
    const trace = Array.from({ length: 200 }, (_, index) => index * 20);
    const result = run({ 'market.moveAwayPerYear': 0.5 }, { people: 4000, weeks: 104, trace });
    const stories = Object.values(result.stories);
    const moved = stories.filter((events) => events.some((event) => event.kind === 'movedAway'));
    // About 1 − 0.5² = 75% of the traced slots see a move in two years.
    expect(moved.length).toBeGreaterThan(120);
    const joinedAfterMoving = moved.some((events) => {
      const move = events.findIndex((event) => event.kind === 'movedAway');
      return events.slice(move + 1).some((event) => event.kind === 'joined' && event.channel !== 'wonBack');
    });
    expect(joinedAfterMoving).toBe(true);
  }, 60_000);

  it('costs more in lost customers than a closed market, where the same people can be bought back for ever', () => {
    const customersIn = (moveAway: number) =>
      overSeeds(SEEDS, (seed) => run({ 'market.moveAwayPerYear': moveAway }, { seed, weeks: 156 }).series.customers[155]);
    expect(customersIn(0.1)).toBeLessThan(customersIn(0));
  }, 60_000);
});

describe('the cost of winning a customer', () => {
  it('rises year on year at the defaults: the same marketing budget wins fewer new customers each year (S1.F3)', () => {
    const wonIn = (year: number) => overSeeds(SEEDS, (seed) => yearSum(run({}, { seed, weeks: 156 }).series.newPaid, year));
    const [first, second, third] = [wonIn(0), wonIn(1), wonIn(2)];
    expect(second).toBeLessThan(first);
    expect(third).toBeLessThan(second);
  }, 60_000);

  it('rises faster when the rival steps up its marketing faster', () => {
    const wonInYear3 = (escalation: number) =>
      overSeeds(SEEDS, (seed) =>
        yearSum(run({ 'competitor.marketingEscalation': escalation }, { seed, weeks: 156 }).series.newPaid, 2),
      );
    expect(wonInYear3(0.2)).toBeLessThan(0.85 * wonInYear3(0));
  }, 60_000);

  it('falls off faster when prospects differ more in how readily they answer marketing', () => {
    // With a small shape a few prospects are easy and most are hard: marketing wins the easy ones first.
    const fallOff = (shape: number) => {
      const won = (year: number) =>
        overSeeds(SEEDS, (seed) =>
          yearSum(run({ 'market.marketingResponseShape': shape, 'competitor.marketingEscalation': 0 }, { seed, weeks: 156 }).series.newPaid, year),
        );
      return won(2) / won(0);
    };
    expect(fallOff(0.3)).toBeLessThan(fallOff(50));
  }, 60_000);
});

describe('former customers who remember why they left', () => {
  // Many failures, many leaving over them: most former customers have a grudge to remember.
  const grudge = { 'service.failureRateWithoutCare': 0.3, 'service.leaveIfRefunded': 0.5, 'service.leaveIfFixed': 0.5 };

  it('come back less often after a bad experience than if they had forgotten it', () => {
    const wonBack = (share: number, halfLife: number) =>
      overSeeds(SEEDS, (seed) =>
        total(run({ ...grudge, 'competitor.grudgeAfterFailure': share, 'competitor.grudgeHalfLifeWeeks': halfLife }, { seed, weeks: 104 }).series.wonBack),
      );
    const remembered = wonBack(0.1, 520);
    const forgiven = wonBack(1, 52);
    expect(remembered).toBeLessThan(0.85 * forgiven);
    // A memory that fades within a week is almost no grudge at all.
    expect(wonBack(0.1, 1)).toBeGreaterThan(0.9 * forgiven);
  }, 60_000);
});

describe('satisfaction and the rival', () => {
  it('makes satisfied customers harder to lure away: more care loses fewer customers to the rival (S1.L)', () => {
    const campaign = {
      'competitor.campaignEnabled': true, 'competitor.campaignStartWeek': 52, 'competitor.campaignWeeks': 8,
      'competitor.campaignEveryWeeks': 52, 'competitor.campaignStrength': 6,
    };
    const toRival = (care: number) =>
      overSeeds([1, 2, 3, 4, 5], (seed) =>
        total(run({ ...campaign, 'service.carePerCustomerWeek': care }, { seed, weeks: 156, people: 5000 }).series.leftCompetitor),
      );
    expect(toRival(0.5)).toBeLessThan(toRival(0.2));
  }, 60_000);

  it('lets the rival lure satisfied and unsatisfied customers alike when satisfaction has no weight', () => {
    const toRival = (weight: number) =>
      overSeeds(SEEDS, (seed) => total(run({ 'competitor.satisfactionWeight': weight }, { seed, weeks: 104 }).series.leftCompetitor));
    expect(toRival(1)).toBeLessThan(toRival(0));
  }, 60_000);
});
