/**
 * Fingerprints of the core's numbers, to compare them bit for bit across engines: FNV-1a (32-bit)
 * over the two 32-bit words of every double.
 *
 * `mathFingerprints` covers the core's elementary functions (src/sim/math) on a fixed set of
 * arguments each, drawn by the core's own counter hash over the ranges the model uses and beyond
 * (random bit patterns for log: subnormals, infinities and NaN included). `runFingerprint` covers
 * every series, summary and cohort number of a run. The unit tests hold the first to recorded values;
 * the browser test holds both to what Node computes.
 */
import { cosOfTurns, exp, expForFloat32, log, pow } from '../../src/sim/math/index.ts';
import { fmix32 } from '../../src/sim/random/counterHash.ts';
import type { RunResult } from '../../src/sim/index.ts';

const ARGUMENTS_PER_FUNCTION = 20_000;
const words = new DataView(new ArrayBuffer(8));

class Fnv {
  private hash = 0x811c9dc5;

  addDouble(value: number): void {
    words.setFloat64(0, value, true);
    this.addWord(words.getUint32(0, true));
    this.addWord(words.getUint32(4, true));
  }

  private addWord(word: number): void {
    for (let shift = 0; shift < 32; shift += 8) {
      this.hash = Math.imul(this.hash ^ ((word >>> shift) & 0xff), 0x01000193);
    }
  }

  hex(): string {
    return (this.hash >>> 0).toString(16).padStart(8, '0');
  }
}

/** The i-th uniform number in [0, 1) of a stream. */
function uniform(stream: number, i: number): number {
  return fmix32(fmix32(stream) ^ i) / 4294967296;
}

/** A double from two hashed words: any bit pattern (sign cleared when `positive`). */
function anyDouble(i: number, positive: boolean): number {
  words.setUint32(4, (fmix32(i * 2 + 1) & (positive ? 0x7fffffff : 0xffffffff)) >>> 0, true);
  words.setUint32(0, fmix32(i * 2 + 2), true);
  return words.getFloat64(0, true);
}

function fingerprint(value: (i: number) => number): string {
  const fnv = new Fnv();
  for (let i = 0; i < ARGUMENTS_PER_FUNCTION; i++) fnv.addDouble(value(i));
  return fnv.hex();
}

export interface MathFingerprints {
  exp: string;
  expForFloat32: string;
  log: string;
  pow: string;
  cosOfTurns: string;
}

export function mathFingerprints(): MathFingerprints {
  return {
    // Half over the whole range (overflow, underflow, subnormal results), half over −8…8.
    exp: fingerprint((i) => exp((uniform(1, i) - 0.5) * (i % 2 === 0 ? 1500 : 16))),
    expForFloat32: fingerprint((i) => expForFloat32((uniform(7, i) - 0.5) * (i % 2 === 0 ? 1500 : 16))),
    // Half any bit pattern, half uniforms in (0, 1) as the draws give them.
    log: fingerprint((i) => log(i % 2 === 0 ? anyDouble(i, i % 4 === 0) : uniform(2, i) + 2 ** -33)),
    pow: fingerprint((i) => pow(uniform(3, i) * 2, (uniform(4, i) - 0.5) * 100)),
    cosOfTurns: fingerprint((i) => cosOfTurns(i % 2 === 0 ? uniform(5, i) : (uniform(6, i) - 0.5) * 1e6)),
  };
}

export function runFingerprint(result: RunResult): string {
  const fnv = new Fnv();
  for (const name of Object.keys(result.series).sort()) {
    for (const value of result.series[name]) fnv.addDouble(value);
  }
  for (const name of Object.keys(result.summary).sort()) fnv.addDouble(result.summary[name as keyof RunResult['summary']]);
  for (const size of result.cohorts.sizes) fnv.addDouble(size);
  for (const row of result.cohorts.active) for (const value of row) fnv.addDouble(value);
  return fnv.hex();
}
