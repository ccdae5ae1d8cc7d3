/** Types for seedrandom's Alea module, which @types/seedrandom does not declare on its own. */
declare module 'seedrandom/lib/alea.js' {
  import type { PRNG } from 'seedrandom';

  export default function alea(seed?: string): PRNG;
}
