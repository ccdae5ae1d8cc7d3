/**
 * The model's documentation (content/model.md) kept honest: its parameter reference is exactly
 * what the schema generates, its prose states each parameter's current unit and default, every
 * mechanism, series, ledger line and exported constant is described, and it cites only claim ids
 * that exist in the source articles.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { END_MARKER, generatedPart, handWrittenPart, START_MARKER, withGeneratedPart } from '../../src/cli/docMarkers.ts';
import { runDocs } from '../../src/cli/docsRun.ts';
import { formatValue, paramTablesMarkdown, tableCell } from '../../src/cli/paramTables.ts';
import { ledgerLines } from '../../src/sim/metrics/ledger.ts';
import { allSeries } from '../../src/sim/metrics/series.ts';
import { CLUB_REVIEW_WEEKS } from '../../src/sim/model/context.ts';
import { FIRING_REVIEW_WEEKS, MIN_TENURE_WEEKS } from '../../src/sim/model/firing.ts';
import { CLEANING_HALF_LIFE_WEEKS, TOUCHES_TO_TRUST } from '../../src/sim/model/outreach.ts';
import { POINT_SLOTS } from '../../src/sim/model/population.ts';
import { STORY_LIMIT } from '../../src/sim/model/story.ts';
import { COHORT_WEEKS, DETRACTOR_MEMORY_WEEKS } from '../../src/sim/model/tally.ts';
import { HORIZON_YEARS, QUARTERS_PER_YEAR } from '../../src/sim/metrics/derl.ts';
import { groups, paramDef, paramKeys } from '../../src/sim/params/schema.ts';
import { anchorOf, headings, proseOnly, sectionText } from '../support/markdown.ts';

const doc = readFileSync(new URL('../../content/model.md', import.meta.url), 'utf8');
const prose = handWrittenPart(doc);
const sourceIds: { ids: string[] } = JSON.parse(readFileSync(new URL('../../content/sourceIds.json', import.meta.url), 'utf8'));

/** `key` (unit; default value): how the prose introduces a parameter (it may wrap across lines). */
const PARAM_MENTION = /`([A-Za-z]+\.[A-Za-z]+)`\s+\(([^;`]+?);\s+default\s+([^)\s]+)\)/g;

describe('the parameter reference in content/model.md', () => {
  it('is exactly what the schema generates (run `npm run docs` after changing the schema)', () => {
    expect(generatedPart(doc)).toBe(paramTablesMarkdown().trim());
  });

  it('has one table per group, in the schema order, with a row for every parameter', () => {
    const titles = headings(generatedPart(doc)).map((heading) => heading.text);
    expect(titles).toEqual(groups.map((group) => group.title));
    for (const key of paramKeys) expect(generatedPart(doc)).toContain(`| \`${key}\` |`);
  });
});

describe('the prose of content/model.md', () => {
  it('introduces every parameter with the unit and default the schema gives', () => {
    const introduced = new Set<string>();
    for (const [, key, unit, value] of prose.matchAll(PARAM_MENTION)) {
      expect(paramKeys as readonly string[], `unknown parameter ${key}`).toContain(key);
      const def = paramDef(key as (typeof paramKeys)[number]);
      expect(unit.replace(/\s+/g, ' '), `unit of ${key}`).toBe(def.unit);
      expect(value, `default of ${key} (update the prose too)`).toBe(formatValue(def.default));
      introduced.add(key);
    }
    expect(paramKeys.filter((key) => !introduced.has(key))).toEqual([]);
  });

  it('gives every group a section titled after it that discusses each of its parameters', () => {
    const all = headings(prose);
    for (const group of groups) {
      const heading = all.find((candidate) => candidate.text.toLowerCase().startsWith(group.title.toLowerCase()));
      expect(heading, `a section for ${group.title}`).toBeDefined();
      if (!heading) continue;
      const section = sectionText(prose, heading);
      const missing = paramKeys.filter((key) => paramDef(key).group === group.id && !section.includes(`\`${key}\``));
      expect(missing, `parameters not discussed under "${heading.text}"`).toEqual([]);
    }
  });

  it('names every weekly series and every ledger line', () => {
    const names = new Set([...allSeries.map((info) => info.name), ...ledgerLines]);
    expect([...names].filter((name) => !prose.includes(`\`${name}\``))).toEqual([]);
  });

  it('lists the exported constants of the core with their current values', () => {
    const constants = {
      CLUB_REVIEW_WEEKS, COHORT_WEEKS, DETRACTOR_MEMORY_WEEKS, POINT_SLOTS, STORY_LIMIT,
      FIRING_REVIEW_WEEKS, MIN_TENURE_WEEKS, TOUCHES_TO_TRUST, CLEANING_HALF_LIFE_WEEKS, QUARTERS_PER_YEAR, HORIZON_YEARS,
    };
    for (const [name, value] of Object.entries(constants)) expect(prose).toContain(`| \`${name}\` | ${value} |`);
  });

  it('cites only claim ids that exist in the source articles', () => {
    const known = new Set(sourceIds.ids);
    const cited = [...new Set(doc.match(/S[0-2]\.[A-Z]+\d*/g) ?? [])];
    expect(cited.length).toBeGreaterThan(10);
    expect(cited.filter((id) => !known.has(id))).toEqual([]);
  });

  it('links only to headings that exist in the document', () => {
    const anchors = new Set(headings(doc).map((heading) => anchorOf(heading.text)));
    const links = [...doc.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((link) => !anchors.has(link))).toEqual([]);
  });

  it('contains no raw HTML apart from the markers of the generated reference', () => {
    expect(proseOnly(prose).replace(START_MARKER, '').replace(END_MARKER, '')).not.toMatch(/<\/?[A-Za-z!]/);
  });
});

describe('the list of known claim ids', () => {
  it('holds each id of the three articles once, in the S<seed>.<letters><number> form', () => {
    expect(sourceIds.ids.length).toBeGreaterThanOrEqual(35);
    expect(new Set(sourceIds.ids).size).toBe(sourceIds.ids.length);
    for (const id of sourceIds.ids) expect(id).toMatch(/^S[0-2]\.[A-Z]+\d*$/);
  });
});

describe('npm run docs', () => {
  const stale = withGeneratedPart(doc, '### Market\n\nan old table');

  it('reports an out-of-date reference with --check, names the command to run, and writes nothing', () => {
    const outcome = runDocs(stale, true);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.message).toContain('npm run docs');
    expect(outcome.updated).toBeUndefined();
  });

  it('regenerates only the text between the markers', () => {
    const outcome = runDocs(stale, false);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.updated).toBe(withGeneratedPart(doc, paramTablesMarkdown()));
    expect(handWrittenPart(outcome.updated ?? '')).toBe(prose);
  });

  it('leaves a current file alone', () => {
    expect(runDocs(doc, true)).toEqual({ exitCode: 0, message: expect.stringContaining('up to date') });
    expect(runDocs(doc, false).updated).toBeUndefined();
  });

  it('refuses a file whose markers are missing, repeated or out of order', () => {
    expect(() => generatedPart('no markers here')).toThrow(/markers/);
    expect(() => generatedPart(`${START_MARKER}${START_MARKER}${END_MARKER}`)).toThrow(/only once/);
    expect(() => generatedPart(`${END_MARKER} text ${START_MARKER}`)).toThrow(/before/);
  });

  it('escapes pipes and joins lines inside table cells', () => {
    expect(tableCell('a | b\nc')).toBe('a \\| b c');
  });
});
