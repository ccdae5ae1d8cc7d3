/**
 * `npm run messages`: writes the core's English (parameters, series) from the core, checks every language's
 * messages and compiles them with Paraglide JS (src/build/messages.ts). It runs before the tests,
 * the type-check and after `npm install`, and is skipped when nothing changed since the last
 * compile. `npm run messages -- --check LANGUAGE [AREA…]` only checks one language (against
 * English, in the given area files), as a translator works.
 */
import { MESSAGES_DIR, compileMessages, messageProblems, projectLocales, writeCoreMessages } from './messages.ts';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--check') {
    const [language, ...areas] = args.slice(1);
    if (!language) throw new Error('usage: npm run messages -- --check LANGUAGE [AREA…]');
    writeCoreMessages();
    const problems = messageProblems(MESSAGES_DIR, [language], projectLocales().baseLocale, areas.length > 0 ? areas : undefined);
    console.log(problems.length === 0 ? `${language}: no problems` : problems.join('\n'));
    process.exitCode = problems.length === 0 ? 0 : 1;
    return;
  }
  const seconds = await compileMessages();
  if (seconds !== null) console.log(`messages compiled in ${seconds.toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
