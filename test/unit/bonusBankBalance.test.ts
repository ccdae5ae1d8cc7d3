/**
 * The bonus bank's per-person accounts in whole cents: a heavy buyer's balance is kept to the cent
 * however large it grows (it once wrapped at 2^31 cents, $21.5M, and broke issued = redeemed +
 * burned + outstanding for a market of one giant buyer that a property test found).
 */
import { describe, expect, it } from 'vitest';
import { burnPoints, earnPoints, redeemPoints } from '../../src/sim/model/bonusBank.ts';
import { Population } from '../../src/sim/model/population.ts';

describe('a bonus-bank account', () => {
  it('keeps a balance beyond $21.5M to the cent, through earning, redeeming and burning', () => {
    const population = new Population(0, 1);
    const weeklyPoints = 75_000_000; // $750,000 of points a week
    for (let week = 0; week < 40; week++) earnPoints(population, 0, week % 6, weeklyPoints + week);
    const issued = 40 * weeklyPoints + (39 * 40) / 2;
    expect(population.pointsBalance[0]).toBe(issued);
    expect(population.pointsBalance[0]).toBeGreaterThan(2 ** 31);

    const redeemed = redeemPoints(population, 0, 0, 1_000_000_001);
    const burned = burnPoints(population, 0, 3);
    expect(redeemed).toBe(1_000_000_001);
    expect(burned).toBeGreaterThan(2 ** 31 / 6);
    expect(population.pointsBalance[0]).toBe(issued - redeemed - burned);
    let inSlots = 0;
    for (let slot = 0; slot < 6; slot++) inSlots += population.pointSlots[slot];
    expect(inSlots).toBe(population.pointsBalance[0]);
  });
});
