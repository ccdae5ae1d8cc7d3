/**
 * Global setup of the browser tests: builds the app into a temporary folder, serves it at the root
 * and under a sub-path, and gives the addresses to the tests as `inject('appUrl')` and
 * `inject('appSubpathUrl')`. Teardown stops the server and removes the
 * build. Vitest runs this only when a browser test is selected.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildApp, serveBuild } from './serveBuild.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served app's address, ending in "/". */
    appUrl: string;
    /** The same build served under a sub-path, ending in "/". */
    appSubpathUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = project.config.root;
  const outDir = await mkdtemp(join(tmpdir(), 'retention-lab-build-'));
  try {
    await buildApp(root, outDir);
    const served = await serveBuild(root, outDir);
    const nested = await serveBuild(root, outDir, '/courses/retention-lab/');
    project.provide('appUrl', served.url);
    project.provide('appSubpathUrl', nested.url);
    return async () => {
      await Promise.all([served.close(), nested.close()]);
      await rm(outDir, { recursive: true, force: true });
    };
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
}
