/**
 * The core's numbers depend on no engine's library: outside src/sim/math, src/sim calls none of
 * the Math functions whose last bits differ between JavaScript engines (nor `**`, which is
 * Math.pow), and draws no Math.random; nor does src/analysis, whose fits must come out the same in
 * the browser's worker as in Node (a Nelder–Mead search turns a last bit into a different path). What it may call (Math.sqrt, Math.floor, Math.round,
 * Math.min, Math.imul, …) is exact by the standard.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SIM = join(import.meta.dirname, '../../../src/sim');
const ANALYSIS = join(import.meta.dirname, '../../../src/analysis');
const ENGINE_DEPENDENT =
  /Math\.(exp|expm1|log|log1p|log2|log10|pow|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|asinh|acosh|atanh|cbrt|hypot|random)\b|[\w)\]]\s*\*\*\s*[\w(]/;

/** Each line of `files` that calls an engine-dependent function, with its file relative to `root`. */
function offendersIn(root: string, files: string[]): string[] {
  return files.flatMap((path) =>
    code(path)
      .split('\n')
      .filter((line) => ENGINE_DEPENDENT.test(line))
      .map((line) => `${relative(root, path)}: ${line.trim()}`),
  );
}

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
    expect(offendersIn(SIM, files)).toEqual([]);
  });

  it('uses in src/sim/math only what IEEE 754 and ECMAScript fix to the bit', () => {
    expect(offendersIn(SIM, sourceFiles(join(SIM, 'math')))).toEqual([]);
  });
});

describe('the analysis', () => {
  it('calls no engine-dependent Math function: it uses src/sim/math', () => {
    const files = sourceFiles(ANALYSIS);
    expect(files.length).toBeGreaterThan(20);
    expect(offendersIn(ANALYSIS, files)).toEqual([]);
  });
});
