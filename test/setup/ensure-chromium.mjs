/**
 * Run before the tests (npm's `pretest`): makes sure a system Chromium exists for the browser
 * tests. If it is missing and we are root, installs Debian's `chromium` package with apt-get,
 * showing apt's output; if it is still missing, says so clearly and fails.
 */
import { spawnSync } from 'node:child_process';
import { findChromium } from './findChromium.mjs';

function install() {
  console.log('Chromium is missing; installing Debian\'s "chromium" package with apt-get…');
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const run = spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (run.error) console.error(`apt-get ${args.join(' ')} could not start: ${run.error.message}`);
    if (run.status !== 0) return;
  }
}

let found = findChromium();
if (!found && process.getuid?.() === 0) {
  install();
  found = findChromium();
}
if (!found) {
  console.error(
    [
      'The browser tests need Chromium, and none was found at /usr/bin/chromium or on the PATH.',
      'Install it (on Debian or Ubuntu: sudo apt-get install -y chromium) and run the tests again.',
      'To run only the unit tests: npx vitest run test/unit',
    ].join('\n'),
  );
  process.exit(1);
}
