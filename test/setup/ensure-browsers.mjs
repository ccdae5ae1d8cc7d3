/**
 * Run before the tests (npm's `pretest`): makes sure the system browsers the browser tests drive
 * exist: Chromium, Firefox ESR, and WebKit (WebKitGTK's MiniBrowser and WebKitWebDriver, with
 * Xvfb for a display). Those missing are installed from Debian's packages with apt-get when we are
 * root, after `apt-get update`, showing apt's output; if any is still missing, says which and how
 * to install it, and fails.
 */
import { spawnSync } from 'node:child_process';
import { findChromium } from './findChromium.mjs';
import { findExecutable } from './findExecutable.mjs';

/** Debian's package of each browser the tests need, and how to find it once installed. */
const NEEDED = [
  { name: 'Chromium', pkg: 'chromium', found: () => findChromium() },
  { name: 'Firefox ESR', pkg: 'firefox-esr', found: () => findExecutable(['/usr/bin/firefox-esr', 'firefox-esr']) },
  { name: 'WebKitWebDriver (WebKit)', pkg: 'webkit2gtk-driver', found: () => findExecutable(['/usr/bin/WebKitWebDriver', 'WebKitWebDriver']) },
  { name: 'Xvfb (a display for WebKit)', pkg: 'xvfb', found: () => findExecutable(['/usr/bin/Xvfb', 'Xvfb']) },
];

function install(packages) {
  console.log(`Installing Debian's ${packages.map((pkg) => `"${pkg}"`).join(', ')} with apt-get…`);
  for (const args of [['update'], ['install', '-y', ...packages]]) {
    const run = spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (run.error) console.error(`apt-get ${args.join(' ')} could not start: ${run.error.message}`);
    if (run.status !== 0) return;
  }
}

let missing = NEEDED.filter((browser) => !browser.found());
if (missing.length > 0 && process.getuid?.() === 0) {
  install(missing.map((browser) => browser.pkg));
  missing = missing.filter((browser) => !browser.found());
}
if (missing.length > 0) {
  console.error(
    [
      `The browser tests need ${missing.map((browser) => browser.name).join(', ')}, not found on this machine.`,
      `Install ${missing.length > 1 ? 'them' : 'it'} (on Debian or Ubuntu: sudo apt-get install -y ${missing.map((browser) => browser.pkg).join(' ')}) and run the tests again.`,
      'To run only the unit tests: npx vitest run test/unit',
    ].join('\n'),
  );
  process.exit(1);
}
