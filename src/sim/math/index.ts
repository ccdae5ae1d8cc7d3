/**
 * Elementary functions that give the same double on every JavaScript engine. The core uses these
 * instead of Math.exp, Math.log, Math.pow and Math.cos, whose last bits differ between engines
 * (see each module); Math.sqrt, Math.floor, Math.round and the arithmetic operators are exact by
 * the standard and are used as they are.
 */
export { exp } from './exp.ts';
export { expForFloat32 } from './expForFloat32.ts';
export { log } from './log.ts';
export { pow } from './pow.ts';
export { cosOfTurns } from './cosOfTurns.ts';
