/**
 * The built app on a local server: a production `vite build` into a folder (in a child process,
 * so that the test runner's NODE_ENV=test cannot turn it into a development build), served by
 * Vite's preview server on a free port of 127.0.0.1. The single-file build is made the same way.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { preview } from 'vite';

export interface Served {
  url: string;
  close: () => Promise<void>;
}

const viteCli = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');

/**
 * Build the app at `root` into `outDir`; `quiet` keeps Vite to warnings and errors; `mode`
 * "single" makes the single file (`npm run build:single`) instead of the static site.
 */
export function buildApp(root: string, outDir: string, quiet = true, mode?: 'single'): Promise<void> {
  const args = [viteCli, 'build', '--outDir', outDir, '--emptyOutDir'];
  if (quiet) args.push('--logLevel', 'warn');
  if (mode) args.push('--mode', mode);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build failed with exit code ${code}`))));
  });
}

/**
 * Serve a finished build; port 0 lets the system pick a free port. `base` serves it under a
 * sub-path instead of at the root (the build's relative URLs must work either way).
 */
export async function serveBuild(root: string, outDir: string, base?: string): Promise<Served> {
  const server = await preview({
    root,
    ...(base ? { base } : {}),
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error('the preview server did not report an address');
  }
  return { url, close: () => server.close() };
}
