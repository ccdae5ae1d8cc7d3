/**
 * The two 32-bit halves of an IEEE-754 double, read and written through one shared buffer.
 *
 * fdlibm's algorithms work on the high word: the sign, the 11-bit exponent and the top 20 bits
 * of the significand (log.ts reads it; exp.ts builds a threshold from words). Typed arrays use the
 * platform's byte order, which is found once here from the known words of 1.0, so the same code
 * is right on either byte order.
 */
const buffer = new ArrayBuffer(8);
const float = new Float64Array(buffer);
const words = new Int32Array(buffer);

float[0] = 1; // 1.0 is 0x3ff00000 00000000
/** Which of a double's two 32-bit words, in an Int32Array over its bytes, is the high one. */
export const HIGH_WORD_INDEX = words[1] === 0x3ff00000 ? 1 : 0;
const HIGH = HIGH_WORD_INDEX;
const LOW = 1 - HIGH;

/** The high word of `x` as a signed 32-bit integer (negative when the sign bit is set). */
export function highWord(x: number): number {
  float[0] = x;
  return words[HIGH];
}

/** The double whose high and low words are the given 32-bit integers. */
export function fromWords(high: number, low: number): number {
  words[HIGH] = high;
  words[LOW] = low;
  return float[0];
}
