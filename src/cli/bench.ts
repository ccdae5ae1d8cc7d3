/**
 * `npm run bench`: time per person-week and memory per person for the standard cases, in one
 * thread and split over every core. Each case runs in a fresh child process. Goals (issue 2):
 * the classroom run (10,000 × 156) in at most 30 ms; 1,000,000 × 520 in at most 15 s on one core;
 * at most 150 bytes per person. Then the sweep case (benchSweep.ts, issue 11): 1,000 classroom
 * runs on every core in at most 20 times one run on one core. Options: --quick (skip the million;
 * a sweep of 100 runs), --sweep (the sweep case alone), --json, --against DIR (the same cases side
 * by side with another checkout, benchAgainst.ts), and --case P,W,T (used internally to measure one case).
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { againstScript, measureSideBySide, runCaseWith, sideBySideTable } from './benchAgainst.ts';
import { measureCase, type CaseResult, type CaseSpec } from './benchCase.ts';
import { measureSweep, sweepTable } from './benchSweep.ts';
import { runMain } from './runMain.ts';

const GOALS = { classroomMs: 30, millionMs: 15_000, bytesPerPerson: 150 };

function standardCases(quick: boolean): CaseSpec[] {
  const cores = availableParallelism();
  const sizes = [
    { people: 10_000, weeks: 156 },
    { people: 100_000, weeks: 520 },
    ...(quick ? [] : [{ people: 1_000_000, weeks: 520 }]),
  ];
  return sizes.flatMap((size) => [{ ...size, threads: 1 }, ...(cores > 1 ? [{ ...size, threads: cores }] : [])]);
}

function runInChild(spec: CaseSpec): CaseResult {
  return runCaseWith(fileURLToPath(import.meta.url), spec);
}

function verdict(result: CaseResult): string {
  const notes = [];
  if (result.people === 10_000 && result.weeks === 156 && result.threads === 1) {
    notes.push(result.milliseconds <= GOALS.classroomMs ? 'meets 30 ms' : 'over 30 ms');
  }
  if (result.people === 1_000_000 && result.threads === 1) {
    notes.push(result.milliseconds <= GOALS.millionMs ? 'meets 15 s' : 'over 15 s');
  }
  if (result.people >= 100_000) {
    notes.push(result.peakBytesPerPerson <= GOALS.bytesPerPerson ? 'meets 150 B' : 'over 150 B');
  }
  return notes.join(', ');
}

function table(results: CaseResult[]): string {
  const header = '| people | weeks | threads | time | ns per person-week | peak bytes per person | goal |';
  const rule = '| ---: | ---: | ---: | ---: | ---: | ---: | --- |';
  const rows = results.map((r) => {
    const time = r.milliseconds >= 1000 ? `${(r.milliseconds / 1000).toFixed(2)} s` : `${r.milliseconds.toFixed(1)} ms`;
    return `| ${r.people.toLocaleString('en')} | ${r.weeks} | ${r.threads} | ${time} | ${r.nanosecondsPerPersonWeek.toFixed(1)} | ${r.peakBytesPerPerson.toFixed(0)} | ${verdict(r)} |`;
  });
  return [header, rule, ...rows].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const caseIndex = argv.indexOf('--case');
  if (caseIndex >= 0) {
    const [people, weeks, threads] = (argv[caseIndex + 1] ?? '').split(',').map(Number);
    process.stdout.write(JSON.stringify(await measureCase({ people, weeks, threads })));
    return 0;
  }
  const againstIndex = argv.indexOf('--against');
  if (againstIndex >= 0) {
    const directory = argv[againstIndex + 1] ?? '';
    const against = againstScript(directory);
    if (!against.ok) {
      process.stderr.write(`error: ${against.error}\n`);
      return 2;
    }
    const rows = standardCases(argv.includes('--quick')).map((spec) => {
      process.stderr.write(`measuring ${spec.people} people × ${spec.weeks} weeks on ${spec.threads} thread(s), side by side…\n`);
      return measureSideBySide(fileURLToPath(import.meta.url), against.script, spec);
    });
    process.stdout.write(`${sideBySideTable(rows, directory)}\n`);
    return 0;
  }
  const quick = argv.includes('--quick');
  const sweepSeeds = quick ? 1 : 10;
  if (argv.includes('--sweep')) {
    process.stdout.write(`${sweepTable(await measureSweep(sweepSeeds))}\n`);
    return 0;
  }
  const results: CaseResult[] = [];
  for (const spec of standardCases(quick)) {
    process.stderr.write(`measuring ${spec.people} people × ${spec.weeks} weeks on ${spec.threads} thread(s)…\n`);
    results.push(runInChild(spec));
  }
  process.stderr.write(`measuring a sweep of ${sweepSeeds * 100} classroom runs on every core…\n`);
  const sweep = await measureSweep(sweepSeeds);
  if (argv.includes('--json')) process.stdout.write(`${JSON.stringify({ cases: results, sweep }, null, 1)}\n`);
  else process.stdout.write(`${table(results)}\n\nState held per person: ${results[0]?.stateBytesPerPerson} bytes.\n\n${sweepTable(sweep)}\n`);
  return 0;
}

runMain(() => main(process.argv.slice(2)));
