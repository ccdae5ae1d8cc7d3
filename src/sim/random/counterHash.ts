/**
 * Counter-based randomness: every draw is a pure function of (run key, person, week, purpose).
 *
 * There is no generator state to advance, so the numbers a person sees do not depend on how many
 * other people were simulated before them, on the order of evaluation, or on how a run is split
 * across workers. Two policies run on the same seed see the same luck wherever their mechanisms
 * ask the same question (common random numbers).
 *
 * The mixer is the 32-bit finaliser of MurmurHash3 (Appleby), applied in a chain so that each
 * coordinate is fully avalanched before the next is folded in. Outputs are uniform on [0, 1) with
 * 2^-32 resolution.
 */

const TWO_POW_32 = 4294967296;

/** MurmurHash3's fmix32: a bijection on 32-bit integers with full avalanche. */
export function fmix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The top 30 bits of fmix32(value): the same operations, but the result is always a small
 * integer to the engine, so it is never boxed even where the engine does not inline the call (a
 * 32-bit result above 2^30 would be). The hot draws below use it.
 */
function fmix30(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 2;
}

/**
 * The hash of (key, person, week): computed once per person-week, then combined with a purpose
 * by `uniformFor`. Weeks may be negative (traits are drawn at week -1). It keeps 30 bits so that
 * it is a small integer to the JavaScript engine: passing it between functions then allocates
 * nothing (a 32-bit value would be boxed once per person-week).
 */
export function personWeekBase(key: number, person: number, week: number): number {
  return weekBase(personKey(key, person), week);
}

/** The first half of `personWeekBase`, fixed for a person during a run (a shard caches it). */
export function personKey(key: number, person: number): number {
  return fmix32(key ^ Math.imul(person + 1, 0x9e3779b1)) | 0;
}

/** The second half of `personWeekBase`. */
export function weekBase(personKeyValue: number, week: number): number {
  return fmix30(personKeyValue ^ Math.imul(week + 0x3c6ef372, 0x27d4eb2f));
}

/** A uniform number in [0, 1) for one purpose (and optional sub-index) of a person-week. */
export function uniformFor(base: number, purpose: number, index = 0): number {
  const h = fmix32(base ^ Math.imul(purpose * 64 + index + 1, 0x165667b1));
  return h / TWO_POW_32;
}

/** 2^-30: turns `drawBits` into a uniform number in [0, 1). */
export const BITS_TO_UNIT = 1 / 1073741824;

/**
 * The same draw as `uniformFor` at 30-bit resolution, as a small integer: multiply by
 * BITS_TO_UNIT where the uniform is needed. Hot loops use it because a small integer crosses
 * function calls without being boxed (a double returned by a call that is not inlined is).
 */
export function drawBits(base: number, purpose: number): number {
  return fmix30(base ^ Math.imul(purpose * 64 + 1, 0x165667b1));
}

/** A uniform number in the open interval (0, 1): safe to take the logarithm of. */
export function openUniformFor(base: number, purpose: number, index = 0): number {
  const h = fmix32(base ^ Math.imul(purpose * 64 + index + 1, 0x165667b1));
  return (h + 0.5) / TWO_POW_32;
}
