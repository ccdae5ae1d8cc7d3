/**
 * `npm run docs`: writes the parameter reference of content/model.md from the schema, between
 * the markers of docMarkers.ts, and the same reference in each translation of the documentation
 * (content/<lang>/model.md, in its language's words: referenceText.ts). `npm run docs -- --check`
 * writes nothing, and exits 1 with the command to run when a file is out of date (for CI and for a
 * reviewer's quick look), or when a translation's words are missing or out of date.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDocs } from './docsRun.ts';
import { paramTablesMarkdown } from './paramTables.ts';
import { ENGLISH_REFERENCE, translatedReference, type ReferenceText } from './referenceText.ts';
import { runMain } from './runMain.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The documentation files: English's, then each language's that has one, with its reference's words. */
function documents(): { path: string; text: ReturnType<typeof translatedReference> }[] {
  const languages = readdirSync(join(ROOT, 'content'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[a-z]{2,3}$/.test(entry.name) && existsSync(join(ROOT, 'content', entry.name, 'model.md')))
    .map((entry) => entry.name)
    .sort();
  return [
    { path: join(ROOT, 'content', 'model.md'), text: { ok: true, value: ENGLISH_REFERENCE } as const },
    ...languages.map((language) => ({ path: join(ROOT, 'content', language, 'model.md'), text: translatedReference(ROOT, language) })),
  ];
}

function main(argv: readonly string[]): number {
  const unknown = argv.find((arg) => arg !== '--check');
  if (unknown !== undefined) {
    process.stderr.write(`error: unknown option "${unknown}"; the only option is --check\n`);
    return 2;
  }
  let status = 0;
  for (const { path, text } of documents()) {
    if (!text.ok) {
      process.stderr.write(`${text.error}\n`);
      status = 1;
      continue;
    }
    const words: ReferenceText = text.value;
    const outcome = runDocs(readFileSync(path, 'utf8'), argv.includes('--check'), paramTablesMarkdown(words), relative(ROOT, path));
    if (outcome.updated !== undefined) writeFileSync(path, outcome.updated);
    (outcome.exitCode === 0 ? process.stdout : process.stderr).write(`${outcome.message}\n`);
    status = Math.max(status, outcome.exitCode);
  }
  return status;
}

runMain(() => main(process.argv.slice(2)));
