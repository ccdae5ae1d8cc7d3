/**
 * A scenario file's parts: the YAML front matter between two `---` lines, and the Markdown body,
 * cut into sections at its level-2 headings. The body must hold, in this order, `## Story`,
 * `## Step 1: <title>` … `## Step N: <title>` (one per step of the front matter), with a sweep in
 * the front matter (`holds`) `## Where does it hold?`, then `## Debrief` and `## Note`, and last
 * `## For the teacher` with its three `###` parts (TEACHER_PARTS).
 */
import type { Checked } from '../sim/params/validate.ts';

export interface FileParts {
  frontMatter: string;
  body: string;
}

export interface BodySections {
  story: string;
  steps: { title: string; text: string }[];
  /** The text of "## Where does it hold?", or null when the file has no sweep. */
  holds: string | null;
  debrief: string;
  note: string;
  /** The parts of "## For the teacher", or null when the file has none. */
  teacher: TeacherSections | null;
}

/** The parts of "## For the teacher", in this order, each under its `###` heading. */
export const TEACHER_PARTS = { howToRun: 'How to run it', debrief: 'What the debrief shows, and why', followUp: 'Follow-up' } as const;
export type TeacherSections = Record<keyof typeof TEACHER_PARTS, string>;
export const TEACHER_HEADING = 'For the teacher';

export function splitFile(source: string): Checked<FileParts> {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) return { ok: false, error: 'the file must start with YAML front matter between two "---" lines' };
  return { ok: true, value: { frontMatter: match[1], body: match[2] } };
}

interface RawSection {
  heading: string;
  text: string;
}

/** The text cut at its headings of `level` (2 for `##`), and what comes before the first. */
function cut(body: string, level = 2): { before: string; sections: RawSection[] } {
  const sections: RawSection[] = [];
  let before = '';
  let fenced = false;
  const headingLine = new RegExp(`^#{${level}}\\s+(.+?)\\s*#*\\s*$`);
  for (const line of body.split('\n')) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : headingLine.exec(line);
    if (heading) sections.push({ heading: heading[1], text: '' });
    else if (sections.length > 0) sections[sections.length - 1].text += `${line}\n`;
    else before += `${line}\n`;
  }
  return { before, sections: sections.map((section) => ({ ...section, text: section.text.trim() })) };
}

export const HOLDS_HEADING = 'Where does it hold?';

export function readSections(body: string, stepCount: number, withHolds = false): Checked<BodySections> {
  const { before, sections } = cut(body);
  if (before.trim() !== '') return { ok: false, error: 'the body must start with "## Story"; text before it belongs in a section' };
  const expected = [
    'Story',
    ...Array.from({ length: stepCount }, (_, index) => `Step ${index + 1}: …`),
    ...(withHolds ? [HOLDS_HEADING] : []),
    'Debrief',
    'Note',
  ];
  const withTeacher = sections.length === expected.length + 1 && sections[sections.length - 1].heading === TEACHER_HEADING;
  if (withTeacher) expected.push(TEACHER_HEADING);
  const refuse = (found: string): Checked<BodySections> => ({
    ok: false,
    error: `the body's sections must be ${expected.map((name) => `"## ${name}"`).join(', ')}; found ${found}`,
  });
  if (sections.length !== expected.length) return refuse(`${sections.length} sections`);
  const steps: BodySections['steps'] = [];
  for (const [index, section] of sections.entries()) {
    const name = expected[index];
    if (name.startsWith('Step ')) {
      const step = /^Step\s+(\d+)\s*:\s*(.+)$/.exec(section.heading);
      if (!step || Number(step[1]) !== index) return refuse(`"## ${section.heading}" where "## ${name}" belongs`);
      steps.push({ title: step[2], text: section.text });
    } else if (section.heading !== name) {
      return refuse(`"## ${section.heading}" where "## ${name}" belongs`);
    }
    if (section.text === '') return { ok: false, error: `the section "## ${section.heading}" is empty` };
  }
  let teacher: TeacherSections | null = null;
  if (withTeacher) {
    const read = teacherSections(sections[sections.length - 1].text);
    if (!read.ok) return read;
    teacher = read.value;
  }
  return {
    ok: true,
    value: {
      story: sections[0].text,
      steps,
      holds: withHolds ? sections[stepCount + 1].text : null,
      debrief: sections[stepCount + 1 + (withHolds ? 1 : 0)].text,
      note: sections[stepCount + 2 + (withHolds ? 1 : 0)].text,
      teacher,
    },
  };
}

/** The three parts of "## For the teacher", or why they are not as TEACHER_PARTS. */
function teacherSections(text: string): Checked<TeacherSections> {
  const { before, sections } = cut(text, 3);
  const names = Object.values(TEACHER_PARTS);
  const found = sections.map((section) => section.heading);
  if (before.trim() !== '' || found.length !== names.length || found.some((heading, index) => heading !== names[index])) {
    return {
      ok: false,
      error: `the section "## ${TEACHER_HEADING}" must hold ${names.map((name) => `"### ${name}"`).join(', ')} and nothing else; found ${found.length > 0 ? found.map((name) => `"### ${name}"`).join(', ') : 'none'}`,
    };
  }
  const empty = sections.find((section) => section.text === '');
  if (empty) return { ok: false, error: `the part "### ${empty.heading}" of "## ${TEACHER_HEADING}" is empty` };
  const [howToRun, debrief, followUp] = sections.map((section) => section.text);
  return { ok: true, value: { howToRun, debrief, followUp } };
}
