/**
 * What the cross-engine browser test (test/browser/engines.test.ts) loads into a blank page, as
 * one script bundled by Vite: the core's `simulate` and the fingerprints of test/support.
 */
export { simulate } from '../../src/sim/run/simulate.ts';
export { mathFingerprints, runFingerprint } from './fingerprints.ts';
