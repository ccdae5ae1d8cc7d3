/**
 * `npm run docs`: writes the parameter reference of content/model.md from the schema, between
 * the markers of docMarkers.ts. `npm run docs -- --check` writes nothing, and exits 1 with the
 * command to run when the file is out of date (for CI and for a reviewer's quick look).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runDocs } from './docsRun.ts';
import { runMain } from './runMain.ts';

const DOC_PATH = fileURLToPath(new URL('../../content/model.md', import.meta.url));

function main(argv: readonly string[]): number {
  const unknown = argv.find((arg) => arg !== '--check');
  if (unknown !== undefined) {
    process.stderr.write(`error: unknown option "${unknown}"; the only option is --check\n`);
    return 2;
  }
  const outcome = runDocs(readFileSync(DOC_PATH, 'utf8'), argv.includes('--check'));
  if (outcome.updated !== undefined) writeFileSync(DOC_PATH, outcome.updated);
  (outcome.exitCode === 0 ? process.stdout : process.stderr).write(`${outcome.message}\n`);
  return outcome.exitCode;
}

runMain(() => main(process.argv.slice(2)));
