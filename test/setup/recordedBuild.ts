/**
 * A copy of a finished build whose pages record what goes wrong in them (test/support/
 * pageRecorder.ts), for the engines whose drivers report no page errors: the build's files copied
 * as they are, each HTML page given the recorder before its policy's meta tag. Beside them, a test
 * page (`PHONE_FRAME_PAGE`) that shows one address of the app in a 360 × 740 frame: a phone's
 * viewport for engines whose windows cannot be made that narrow (WebKitGTK's MiniBrowser keeps a
 * toolbar 447 px wide). The copy lives in a new temporary folder, which the caller removes.
 */
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RECORDER_SOURCE, withRecorder } from '../support/pageRecorder.ts';

/** The test page with the phone-sized frame; the test sets the frame's address. */
export const PHONE_FRAME_PAGE = 'phone-frame.html';
export const PHONE_SIZE = { width: 360, height: 740 } as const;

const phoneFrame = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>A phone's viewport</title>
    <script>${RECORDER_SOURCE}</script>
    <style>body { margin: 0; } iframe { display: block; border: 0; }</style>
  </head>
  <body>
    <iframe title="the app at a phone's size" width="${PHONE_SIZE.width}" height="${PHONE_SIZE.height}"></iframe>
  </body>
</html>
`;

/** Copies the build in `outDir` to a new folder with every HTML page recording; returns that folder. */
export async function recordedCopy(outDir: string): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'retention-lab-recorded-'));
  await cp(outDir, copy, { recursive: true });
  const pages = (await readdir(copy)).filter((name) => name.endsWith('.html'));
  if (pages.length === 0) throw new Error(`no HTML page in the build at ${outDir}`);
  for (const name of pages) {
    const path = join(copy, name);
    await writeFile(path, withRecorder(await readFile(path, 'utf8')));
  }
  await writeFile(join(copy, PHONE_FRAME_PAGE), phoneFrame);
  return copy;
}
