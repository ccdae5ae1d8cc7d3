/**
 * The guide to writing a scenario (content/scenario-format.md) stays true: its example front
 * matter and its example body, put together as one file, are a scenario the loader accepts, with
 * the levers, sweep, what-ifs and teacher’s notes the guide describes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/scenarios/load.ts';

const guide = readFileSync(new URL('../../../content/scenario-format.md', import.meta.url), 'utf8');

/** The text of the guide's first fenced block in the given language. */
function example(language: string): string {
  const match = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(guide);
  if (!match) throw new Error(`the guide has no ${language} example`);
  return match[1]!;
}

describe('the scenario format guide', () => {
  it('shows a file that loads: its front matter and body example together', () => {
    const file = `${example('yaml')}${example('markdown')}`;
    const checked = loadScenario('scenario-format.md', 'bonus-bank-vs-discount', file);
    if (!checked.ok) throw new Error(checked.error);
    const scenario = checked.value;
    expect(scenario.steps).toHaveLength(2);
    expect(scenario.levers.map((lever) => lever.label)).toEqual([
      'Opens a bonus bank instead of the card', 'Points burn after three months',
    ]);
    expect(scenario.whatIfs.map((whatIf) => whatIf.label)).toContain('Points never burn');
    expect(scenario.teacher.ask.steps).toHaveLength(2);
    expect(scenario.teacher.followUp).toMatch(/^Which what-ifs/);
  });
});
