/**
 * The core's numbers depend on no engine's library: outside src/sim/math, src/sim calls none of
 * the Math functions whose last bits differ between JavaScript engines (nor `**`, which is
 * Math.pow), and draws no Math.random. What it may call (Math.sqrt, Math.floor, Math.round,
 * Math.min, Math.imul, …) is exact by the standard.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SIM = join(import.meta.dirname, '../../../src/sim');
const ENGINE_DEPENDENT =
  /Math\.(exp|expm1|log|log1p|log2|log10|pow|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|asinh|acosh|atanh|cbrt|hypot|random)\b|[\w)\]]\s*\*\*\s*[\w(]/;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The code of a file without its comments, so that prose may name Math.exp. */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '');
}

describe('the core', () => {
  it('calls no engine-dependent Math function outside src/sim/math', () => {
    const files = sourceFiles(SIM).filter((path) => !relative(SIM, path).startsWith('math'));
    expect(files.length).toBeGreaterThan(40);
    const offenders = files.flatMap((path) =>
      code(path)
        .split('\n')
        .filter((line) => ENGINE_DEPENDENT.test(line))
        .map((line) => `${relative(SIM, path)}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });

  it('uses in src/sim/math only what IEEE 754 and ECMAScript fix to the bit', () => {
    const offenders = sourceFiles(join(SIM, 'math')).flatMap((path) =>
      code(path)
        .split('\n')
        .filter((line) => ENGINE_DEPENDENT.test(line))
        .map((line) => `${relative(SIM, path)}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
