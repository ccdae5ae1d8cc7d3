/**
 * Where the system's Chromium is: /usr/bin/chromium (Debian's package), else `chromium` on the
 * PATH. The browser tests never download a browser; they drive this one.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const PREFERRED = '/usr/bin/chromium';

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The path of a runnable Chromium, or null if there is none. */
export function findChromium() {
  if (executable(PREFERRED)) return PREFERRED;
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    if (folder && executable(join(folder, 'chromium'))) return join(folder, 'chromium');
  }
  return null;
}
