/**
 * `npm run messages`: checks every language's messages and compiles them with Paraglide JS into
 * src/app/i18n/paraglide/. It runs before the tests, the type-check and after `npm install`; a
 * compile takes seconds, so it is skipped when a fingerprint of the messages, the settings and
 * Paraglide's version matches the last compile's. `npm run messages -- --check LANGUAGE [AREA…]`
 * only checks one language (against English, in the given area files), as a translator works.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@inlang/paraglide-js';
import { MESSAGES_DIR, PARAGLIDE_DIR, PARAGLIDE_OPTIONS, PROJECT_DIR, assertMessagesSound, messageProblems, projectLocales } from './messages.ts';

const FINGERPRINT = join(PARAGLIDE_DIR, '.fingerprint');

/** A hash of everything a compile reads. */
function fingerprint(): string {
  const hash = createHash('sha256');
  const paraglide = JSON.parse(readFileSync(join(import.meta.dirname, '../../node_modules/@inlang/paraglide-js/package.json'), 'utf8')) as { version: string };
  hash.update(paraglide.version);
  hash.update(JSON.stringify(PARAGLIDE_OPTIONS));
  hash.update(readFileSync(join(PROJECT_DIR, 'settings.json')));
  for (const language of readdirSync(MESSAGES_DIR).sort()) {
    for (const file of readdirSync(join(MESSAGES_DIR, language)).sort()) {
      hash.update(`${language}/${file}`);
      hash.update(readFileSync(join(MESSAGES_DIR, language, file)));
    }
  }
  return hash.digest('hex');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--check') {
    const [language, ...areas] = args.slice(1);
    if (!language) throw new Error('usage: npm run messages -- --check LANGUAGE [AREA…]');
    const problems = messageProblems(MESSAGES_DIR, [language], projectLocales().baseLocale, areas.length > 0 ? areas : undefined);
    console.log(problems.length === 0 ? `${language}: no problems` : problems.join('\n'));
    process.exitCode = problems.length === 0 ? 0 : 1;
    return;
  }
  assertMessagesSound();
  const print = fingerprint();
  if (existsSync(FINGERPRINT) && readFileSync(FINGERPRINT, 'utf8') === print) return;
  const started = performance.now();
  await compile({ ...PARAGLIDE_OPTIONS, strategy: [...PARAGLIDE_OPTIONS.strategy] });
  writeFileSync(FINGERPRINT, print);
  console.log(`messages compiled in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
