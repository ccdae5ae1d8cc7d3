/**
 * One double that log (log.ts) takes its argument from and leaves its result in, instead of
 * receiving and returning it.
 *
 * Why: the engine inlines a small function wherever it is called, but a larger one only while the
 * caller's inlining budget lasts, and a function that is called, not inlined, takes and returns
 * its doubles boxed in fresh heap objects. log runs over a hundred thousand times a run, in
 * callers whose budget is spent, so its public face is a wrapper small enough to be always
 * inlined: it puts x here, calls the computing function, and reads the result back. Nothing is
 * allocated. (exp is cheaper inlined without the slot, and the engine does inline it: measured
 * with `npm run bench`.) The slot is only used between those two steps, and the core is
 * single-threaded in each worker, so no two calls interleave. log reads the high word of its
 * argument straight from the slot's bytes.
 */
import { HIGH_WORD_INDEX } from './floatWords.ts';

const buffer = new ArrayBuffer(8);
export const slot = new Float64Array(buffer);
/** The slot's two 32-bit words; `slotWords[SLOT_HIGH]` is the high word of `slot[0]`. */
export const slotWords = new Int32Array(buffer);
export const SLOT_HIGH = HIGH_WORD_INDEX;
