/**
 * Exact powers of two for scaling doubles by 2^k without touching their bits: multiplying a
 * normal double by a power of two is exact as long as the result stays normal.
 *
 * `POWERS_OF_TWO[k + POWER_OF_TWO_OFFSET]` is 2^k for a whole k from −1022 to 1023. The hot code
 * indexes the table itself rather than through a function: a function that returns a double and
 * is not inlined returns it boxed (see slot.ts).
 */

/** The smallest exponent k for which 2^k is a normal double, and the table's index of 2^0. */
export const POWER_OF_TWO_OFFSET = 1022;
const LARGEST_EXPONENT = 1023;

export const POWERS_OF_TWO = new Float64Array(POWER_OF_TWO_OFFSET + LARGEST_EXPONENT + 1);
POWERS_OF_TWO[POWER_OF_TWO_OFFSET] = 1;
for (let k = 1; k <= LARGEST_EXPONENT; k++) POWERS_OF_TWO[POWER_OF_TWO_OFFSET + k] = POWERS_OF_TWO[POWER_OF_TWO_OFFSET + k - 1] * 2;
for (let k = 1; k <= POWER_OF_TWO_OFFSET; k++) POWERS_OF_TWO[POWER_OF_TWO_OFFSET - k] = POWERS_OF_TWO[POWER_OF_TWO_OFFSET - k + 1] / 2;
