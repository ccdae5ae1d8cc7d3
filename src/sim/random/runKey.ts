/**
 * The run key: a 32-bit number derived from the user's seed by seedrandom's Alea generator.
 * Every counter-based draw of a run is keyed by it, so the seed alone fixes all the luck.
 * Only Alea is imported (seedrandom's index would bring every algorithm into the bundle).
 */
import alea from 'seedrandom/lib/alea.js';

export function runKeyFromSeed(seed: number): number {
  const generator = alea(`retention-lab:${seed}`);
  return generator.int32() >>> 0;
}
