/**
 * `npm run bench -- --against DIR`: the same cases measured side by side with another checkout of
 * the project (DIR, with its own node_modules; e.g. a worktree of the previous release), in one
 * run. Each case runs in fresh child processes, alternating this checkout and DIR for several
 * rounds, so that a busy machine's noise falls on both alike; the table gives the median time of
 * each, per person-week in nanoseconds, and their ratio (this ÷ DIR; below 1 is faster).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseResult, CaseSpec } from './benchCase.ts';

/** Rounds per case: small cases alternate often, large ones a few times. */
function roundsFor(spec: CaseSpec): number {
  return spec.people * spec.weeks <= 2_000_000 ? 9 : 3;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function benchScript(root: string): string {
  return join(root, 'src', 'cli', 'bench.ts');
}

/** The checkout's bench script, or an error naming what is missing. */
export function againstScript(directory: string): { ok: true; script: string } | { ok: false; error: string } {
  const script = benchScript(directory);
  if (!existsSync(script)) return { ok: false, error: `--against ${directory}: no src/cli/bench.ts there` };
  if (!existsSync(join(directory, 'node_modules'))) return { ok: false, error: `--against ${directory}: no node_modules there (run npm ci in it)` };
  return { ok: true, script };
}

export function runCaseWith(script: string, spec: CaseSpec): CaseResult {
  const output = execFileSync(
    process.execPath,
    [...process.execArgv, '--expose-gc', script, '--case', `${spec.people},${spec.weeks},${spec.threads}`],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return JSON.parse(output) as CaseResult;
}

export interface SideBySide {
  spec: CaseSpec;
  ours: number;
  theirs: number;
}

export function measureSideBySide(ourScript: string, theirScript: string, spec: CaseSpec): SideBySide {
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let round = 0; round < roundsFor(spec); round++) {
    // Alternate which goes first, so that neither always runs on a warmer machine.
    const pair = round % 2 === 0 ? [ourScript, theirScript] : [theirScript, ourScript];
    for (const script of pair) (script === ourScript ? ours : theirs).push(runCaseWith(script, spec).milliseconds);
  }
  return { spec, ours: median(ours), theirs: median(theirs) };
}

export function sideBySideTable(rows: readonly SideBySide[], directory: string): string {
  const perPersonWeek = (row: SideBySide, ms: number) => (ms * 1e6) / (row.spec.people * row.spec.weeks);
  const lines = [
    `Side by side with ${directory} (median of alternating runs in fresh processes):`,
    '',
    '| people | weeks | threads | this checkout | ns per person-week | against | ns per person-week | ratio |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    const { people, weeks, threads } = row.spec;
    lines.push(
      `| ${people.toLocaleString('en')} | ${weeks} | ${threads} | ${row.ours.toFixed(1)} ms | ${perPersonWeek(row, row.ours).toFixed(1)} | ` +
        `${row.theirs.toFixed(1)} ms | ${perPersonWeek(row, row.theirs).toFixed(1)} | ${(row.ours / row.theirs).toFixed(2)} |`,
    );
  }
  return lines.join('\n');
}
