/**
 * Where the system's Chromium is: /usr/bin/chromium (Debian's package), else `chromium` on the
 * PATH. The browser tests never download a browser; they drive this one.
 */
import { findExecutable } from './findExecutable.mjs';

/** The path of a runnable Chromium, or null if there is none. */
export function findChromium() {
  return findExecutable(['/usr/bin/chromium', 'chromium']);
}
