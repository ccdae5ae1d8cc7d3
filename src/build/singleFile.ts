/**
 * The single-file build (`npm run build:single`): one page, `dist-single/retention-lab.html`,
 * that works opened from disk with no network. The plugin sets the build up for it (one script
 * with the lazily loaded views inlined, one style sheet, every asset a data: URL, the shard
 * worker carried inside the page: createWorker.inline.ts in place of createWorker.ts), then folds
 * the script, the style sheet and the favicon into the page (inlinePage.ts) and writes nothing
 * else. A build that would still need another file fails, naming it.
 */
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, Rolldown } from 'vite';
import { inlinePage } from './inlinePage.ts';

export const SINGLE_FILE_NAME = 'retention-lab.html';

const inlineWorkerModule = fileURLToPath(new URL('../worker/createWorker.inline.ts', import.meta.url));

function content(bundle: Rolldown.OutputBundle, path: string): string | Uint8Array {
  const file = bundle[path];
  if (!file) throw new Error(`index.html names ${path}, which the build did not write`);
  return file.type === 'chunk' ? file.code : file.source;
}

export function singleFile(): Plugin {
  return {
    name: 'retention-lab:single-file',
    apply: 'build',
    enforce: 'post',
    config(config) {
      return {
        // pool.ts imports './createWorker.ts'; here it gets the worker that travels in the page.
        resolve: { alias: [{ find: /^\.\/createWorker\.ts$/, replacement: inlineWorkerModule }] },
        // A classic worker, not a module: Chromium refuses to start a module worker from a blob:
        // URL made by a page opened from disk (its origin is opaque), and starts a classic one.
        worker: { format: 'iife' },
        build: {
          outDir: config.build?.outDir ?? 'dist-single',
          // One style sheet, and every other asset as a data: URL.
          cssCodeSplit: false,
          assetsInlineLimit: () => true,
          // With one script there is nothing to preload.
          modulePreload: false,
          // The views' dynamic imports resolve inside the one script.
          rolldownOptions: { output: { codeSplitting: false } },
        },
      };
    },
    // After every other plugin's generateBundle: Vite's own still rewrites the chunks there
    // (the preload list of each dynamic import), and the page must hold them as finished.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (!index || index.type !== 'asset') this.error('the build wrote no index.html to inline');
        const { html, inlined } = inlinePage(String(index.source), (path) => content(bundle, path));
        for (const path of ['index.html', ...inlined]) delete bundle[path];
        // Whatever is left, or named in the code though folded in, would be missing beside it.
        const needed = [...Object.keys(bundle), ...inlined.filter((path) => html.includes(basename(path)))];
        if (needed.length > 0) this.error(`the single file would still need ${needed.join(', ')} beside it`);
        this.emitFile({ type: 'asset', fileName: SINGLE_FILE_NAME, source: html });
      },
    },
  };
}
