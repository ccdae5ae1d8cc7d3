/**
 * The build's check of the scenario files: a bad file stops the build with its path and the
 * reason; good files become the catalogue of cards and one module per scenario.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scenariosPlugin } from '../../../src/scenarios/node/vitePlugin.ts';

const good = new URL('./fixtures/good.md', import.meta.url);
const folders: string[] = [];

function folder(files: Record<string, string | URL>): string {
  const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
  folders.push(dir);
  for (const [name, content] of Object.entries(files)) {
    if (content instanceof URL) copyFileSync(content, join(dir, name));
    else writeFileSync(join(dir, name), content);
  }
  return dir;
}

type Hook = (this: unknown, id: string) => unknown;

/** Runs the plugin's build start and load hooks as Vite would, with errors thrown. */
function build(dir: string) {
  const plugin = scenariosPlugin(dir);
  const context = {
    addWatchFile: () => undefined,
    error: (message: string) => {
      throw new Error(message);
    },
  };
  (plugin.buildStart as (this: unknown) => void).call(context);
  return (id: string) => (plugin.load as Hook).call(context, `\0${id}`) as string;
}

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the scenarios plugin', () => {
  it('fails the build with the bad file’s path and the reason', () => {
    const dir = folder({ 'good.md': good, 'broken.md': '---\ntitle: x\n---\n' });
    expect(() => build(dir)).toThrow(/scenario file refused: .*broken\.md: .*summary/);
  });

  it('makes the cards and one module per scenario from good files', () => {
    const load = build(folder({ 'good.md': good }));
    expect(load('virtual:scenarios')).toContain('"id":"good"');
    expect(load('virtual:scenarios')).toContain('import("virtual:scenario/en/good")');
    expect(JSON.parse(load('virtual:scenario/en/good').replace(/^export default |;$/g, ''))).toMatchObject({ id: 'good', seed: 3 });
  });
});
