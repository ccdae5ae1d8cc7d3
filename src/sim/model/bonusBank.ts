/**
 * The bonus bank on one person: earning points on what they pay, redeeming them oldest first,
 * and burning a window's points when it expires (breakage). Points are whole cents of value.
 * Invariant: issued = redeemed + burned + outstanding, exactly, for every person and the market.
 */
import { POINT_SLOTS, type Population } from './population.ts';

export function earnPoints(population: Population, offset: number, slot: number, points: number): void {
  if (points <= 0) return;
  population.pointSlots[offset * POINT_SLOTS + slot] += points;
  population.pointsBalance[offset] += points;
}

/**
 * Take `points` from the balance, oldest window first. `oldestSlot` is the ring slot that burns
 * next; windows follow it in ring order. Returns the points taken.
 */
export function redeemPoints(population: Population, offset: number, oldestSlot: number, points: number): number {
  const wanted = Math.min(points, population.pointsBalance[offset]);
  let remaining = wanted;
  const row = offset * POINT_SLOTS;
  for (let step = 0; step < POINT_SLOTS && remaining > 0; step++) {
    const index = row + ((oldestSlot + step) % POINT_SLOTS);
    const taken = Math.min(remaining, population.pointSlots[index]);
    population.pointSlots[index] -= taken;
    remaining -= taken;
  }
  population.pointsBalance[offset] -= wanted;
  return wanted;
}

/** Burn the points of the expiring batch. Returns the points burned (breakage). */
export function burnPoints(population: Population, offset: number, burningSlot: number): number {
  const index = offset * POINT_SLOTS + burningSlot;
  const burned = population.pointSlots[index];
  if (burned === 0) return 0;
  population.pointSlots[index] = 0;
  population.pointsBalance[offset] -= burned;
  return burned;
}

/** Points in the window that burns next. */
export function pointsBurningNext(population: Population, offset: number, nextBurningSlot: number): number {
  return population.pointSlots[offset * POINT_SLOTS + nextBurningSlot];
}
