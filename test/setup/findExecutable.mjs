/**
 * Where a system program is: the first of the given absolute paths that can run, or the first of
 * the given names found on the PATH. The browser tests never download a browser; they drive the
 * system's.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The path of the first runnable candidate, or null if there is none. */
export function findExecutable(candidates) {
  for (const candidate of candidates) {
    if (isAbsolute(candidate)) {
      if (executable(candidate)) return candidate;
      continue;
    }
    for (const folder of (process.env.PATH ?? '').split(delimiter)) {
      if (folder && executable(join(folder, candidate))) return join(folder, candidate);
    }
  }
  return null;
}
