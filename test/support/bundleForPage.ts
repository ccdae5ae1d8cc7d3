/**
 * Bundles a module with Vite into one classic script that defines a global, for loading into a
 * blank page with `page.addScriptTag` (no server, no app): how the browser tests run the core's
 * own code in Chromium's engine.
 */
import { build, type Rollup } from 'vite';

export async function bundleForPage(entry: string, globalName: string): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry, formats: ['iife'], name: globalName, fileName: 'bundle' },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
  const script = chunks.find((chunk): chunk is Rollup.OutputChunk => chunk.type === 'chunk');
  if (!script) throw new Error(`Vite gave no script for ${entry}`);
  return script.code;
}
