/**
 * Checking a scenario file: a good file gives a scenario; each kind of mistake is refused with the
 * file's path and a sentence that says what is wrong and where.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/scenarios/load.ts';

const good = readFileSync(new URL('./fixtures/good.md', import.meta.url), 'utf8');
const load = (source: string, id = 'good') => loadScenario(`content/scenarios/${id}.md`, id, source);

function refusal(source: string, id = 'good'): string {
  const checked = load(source, id);
  return checked.ok ? '(accepted)' : checked.error;
}

describe('loadScenario', () => {
  it('reads a good file into a scenario with its variants, steps and debrief', () => {
    const checked = load(good);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.variants.B.overrides).toEqual({ 'bonusBank.enabled': true });
    expect(checked.value.steps.map((step) => step.title)).toEqual(['The start', 'The end']);
    expect(checked.value.seed).toBe(3);
    expect(checked.value.teacher).toMatchObject({
      minutes: 15,
      ask: { steps: [['Which line is higher?'], ['How many customers are left?', 'Why?']], holds: [] },
      followUp: 'Try the year-long points.',
    });
  });

  for (const [what, change, message] of [
    ['a parameter the model does not have', (s: string) => s.replace('bonusBank.enabled: true', 'outreach.enabled: true'), 'variants.B.set: unknown parameter "outreach.enabled"'],
    ['a value out of range', (s: string) => s.replace('weeks: 52\n', 'weeks: 52\nshared: { discount.rate: 0.9 }\n'), 'discount.rate must be a number from 0 to 0.5'],
    ['a misspelt field', (s: string) => s.replace('summary:', 'sumary:'), 'sumary'],
    ['an unknown chart', (s: string) => s.replace('chart: profit', 'chart: pie'), 'steps.0.chart: must be one of'],
    ['a step past the end of the run', (s: string) => s.replace('week: 52\n    chart: market', 'week: 60\n    chart: market'), 'steps.1.week: week 60 is past'],
    ['a series that does not exist', (s: string) => s.replace('series: cumulativeProfit, run: B-A', 'series: happiness, run: B-A'), 'there is no series "happiness"'],
    ['a template that reads an unknown figure', (s: string) => s.replace('{{gain|abs}}', '{{gane}}'), '## Debrief: the template reads "gane"'],
    ['an unclosed condition', (s: string) => s.replace('{{/if}}', ''), 'is never closed'],
    ['a slot in the story', (s: string) => s.replace('A story.', 'A story of {{gain}}.'), 'may not hold'],
    ['a missing section', (s: string) => s.replace('## Note\n', ''), 'the body\'s sections must be'],
    ['an unknown source id', (s: string) => s.replace('[S1.B]', '[S9.Z]'), '"S9.Z" is not an id'],
    ['a choice that reads an unknown figure', (s: string) => s.replace('holds: gain > 0', 'holds: gian > 0'), 'question.choices.0.holds: "gian"'],
    ['broken YAML', (s: string) => s.replace('title: A test', 'title: [A test'), 'front matter:'],
    ['no front matter', () => '# Just Markdown', 'must start with YAML front matter'],
    ['a sweep without its section', (s: string) => s.replace('whatIfs:', 'holds:\n  sweep: [B.bonusBank.earnRate=0.01:0.05:3]\nwhatIfs:'), 'Where does it hold?'],
    [
      'a sweep of a parameter the model does not have',
      (s: string) => s.replace('whatIfs:', 'holds:\n  sweep: [B.bonus.rate=0.01:0.05:3]\nwhatIfs:').replace('## Debrief', '## Where does it hold?\n\nText.\n\n## Debrief'),
      'holds.sweep.0: the swept parameter "bonus.rate" is not a parameter of the model',
    ],
    [
      'a sweep too large for a classroom',
      (s: string) =>
        s.replace('whatIfs:', 'holds:\n  sweep: [B.bonusBank.earnRate=0.01:0.05:41, bonusBank.expiryWeeks=4:44:41]\nwhatIfs:').replace('## Debrief', '## Where does it hold?\n\nText.\n\n## Debrief'),
      'at most 400',
    ],
    ['a step without its teacher’s questions', (s: string) => s.replace('      - ["Which line is higher?"]\n', ''), 'teacher.ask.steps: one list of questions per step, 2, not 1'],
    ['teacher’s questions for a sweep the file does not have', (s: string) => s.replace('    debrief: ["Did it pay?"]', '    holds: ["Where?"]\n    debrief: ["Did it pay?"]'), 'belong only to a file that sweeps'],
    ['a file without teacher’s notes', (s: string) => s.slice(0, s.indexOf('teacher:\n')) + s.slice(s.indexOf('---\n', s.indexOf('teacher:\n'))).replace(/\n## For the teacher[\s\S]*$/, '\n'), 'are missing: every scenario has them'],
    ['teacher’s notes in the front matter alone', (s: string) => s.slice(0, s.indexOf('\n## For the teacher')), 'this file has only the front matter\'s'],
    ['a teacher’s part missing', (s: string) => s.replace('### Follow-up\n\nTry the year-long points.', ''), 'must hold "### How to run it", "### What the debrief shows, and why", "### Follow-up" and nothing else'],
    ['an empty teacher’s part', (s: string) => s.replace('Breakage pays for the bank.', ''), 'the part "### What the debrief shows, and why" of "## For the teacher" is empty'],
    ['a slot in the teacher’s notes', (s: string) => s.replace('Breakage pays for the bank.', 'It made {{gain}}.'), 'may not hold {{…}} slots'],
    ['a file without its learning check', (s: string) => s.slice(0, s.indexOf('check:\n')) + s.slice(s.indexOf('---\n', s.indexOf('check:\n'))), 'check: the learning check is missing'],
    ['a check’s answer past its choices', (s: string) => s.replace('    answer: 2\n', '    answer: 3\n'), 'check.0: answer: must be the index (from 0) of one of the choices'],
    ['a check of one question', (s: string) => s.replace(/  - question: Does a point[\s\S]*?why: [^\n]*\n/, ''), 'check: must ask two or three questions'],
    ['a check offering the same choice twice', (s: string) => s.replace('[The shop, Nobody, The customer who forgot them]', '[The shop, Nobody, Nobody]'), 'offers the same choice twice'],
    ['a slot in the check', (s: string) => s.replace('why: Breakage is value', 'why: It made {{gain}}. Breakage is value'), 'may not hold {{…}} slots'],
    ['a single goal', (s: string) => s.replace('    - Learners can read a profit chart.\n', ''), 'teacher.goals: must name two to four goals'],
  ] as const) {
    it(`refuses ${what}, naming the file`, () => {
      const error = refusal(change(good));
      expect(error).toMatch(/^content\/scenarios\/good\.md: /);
      expect(error).toContain(message);
    });
  }

  describe('levers', () => {
    /** good.md with B a bank that also earns 4%, and the given levers from A to B. */
    const withLevers = (levers: string) =>
      good.replace('bonusBank.enabled: true', 'bonusBank.enabled: true\n      bonusBank.earnRate: 0.04').replace('whatIfs:', `levers:\n${levers}\nwhatIfs:`);
    const bank = '  - { label: Opens a bank, set: { bonusBank.enabled: true } }';
    const rate = '  - { label: Earns 4%, set: { bonusBank.earnRate: 0.04 } }';

    it('reads a chain of levers from A to B, each with the levers before it', () => {
      const checked = load(withLevers(`${bank}\n${rate}`));
      expect(checked.ok).toBe(true);
      if (!checked.ok) return;
      expect(checked.value.levers).toEqual([
        { label: 'Opens a bank', overrides: { 'bonusBank.enabled': true } },
        { label: 'Earns 4%', overrides: { 'bonusBank.enabled': true, 'bonusBank.earnRate': 0.04 } },
      ]);
    });

    it('gives no levers to a scenario that names none', () => {
      const checked = load(good);
      expect(checked.ok && checked.value.levers).toEqual([]);
    });

    for (const [what, levers, message] of [
      ['a single lever', bank, 'levers: must name at least two levers'],
      ['a lever that changes nothing', `${bank}\n  - { label: Again, set: { bonusBank.enabled: true } }\n${rate}`, 'levers.1: changes nothing'],
      ['a chain that does not end at B', `${bank}\n  - { label: Earns 3%, set: { bonusBank.earnRate: 0.03 } }`, 'do not give B, which differs still in bonusBank.earnRate'],
      ['a lever of a parameter the model does not have', `${bank}\n  - { label: Gifts, set: { gifts.rate: 0.04 } }`, 'levers.1.set: unknown parameter "gifts.rate"'],
    ] as const) {
      it(`refuses ${what}`, () => {
        expect(refusal(withLevers(levers))).toContain(message);
      });
    }
  });

  it('refuses a file name that is not an id', () => {
    expect(refusal(good, 'Bad_Name')).toContain('file name must be the scenario\'s id');
  });
});
