/**
 * Global setup of the browser tests: builds the app into a temporary folder, serves it at the root
 * and under a sub-path, and a copy whose pages record their own errors (recordedBuild.ts, for the
 * Firefox and WebKit suites), and gives the addresses to the tests as `inject('appUrl')`,
 * `inject('appSubpathUrl')` and `inject('appRecordedUrl')`. Teardown stops the servers and removes
 * the builds. Vitest runs this only when a browser test is selected.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { recordedCopy } from './recordedBuild.ts';
import { buildApp, serveBuild } from './serveBuild.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served app's address, ending in "/". */
    appUrl: string;
    /** The same build served under a sub-path, ending in "/". */
    appSubpathUrl: string;
    /** The same build, its pages recording their errors (test/support/pageRecorder.ts), ending in "/". */
    appRecordedUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = project.config.root;
  const outDir = await mkdtemp(join(tmpdir(), 'retention-lab-build-'));
  const folders = [outDir];
  const removeFolders = () => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  try {
    await buildApp(root, outDir);
    const recordedDir = await recordedCopy(outDir);
    folders.push(recordedDir);
    const servers = await Promise.all([serveBuild(root, outDir), serveBuild(root, outDir, '/courses/retention-lab/'), serveBuild(root, recordedDir)]);
    const [served, nested, recorded] = servers;
    project.provide('appUrl', served.url);
    project.provide('appSubpathUrl', nested.url);
    project.provide('appRecordedUrl', recorded.url);
    return async () => {
      await Promise.all(servers.map((server) => server.close()));
      await removeFolders();
    };
  } catch (error) {
    await removeFolders();
    throw error;
  }
}
