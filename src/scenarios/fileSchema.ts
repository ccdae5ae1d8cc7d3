/**
 * The shape of a scenario file's front matter (YAML), checked with valibot. Anything the schema
 * cannot check alone (parameter keys and values, figures' series, templates, the Markdown
 * sections) is checked afterwards by load.ts. Unknown keys are refused, so a misspelt field is
 * never silently ignored.
 */
import * as v from 'valibot';
import { LIMITS } from '../sim/run/config.ts';
import { CHART_IDS } from './chartIds.ts';

const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const whole = (min: number, max: number) =>
  v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(min, `must be at least ${min}`), v.maxValue(max, `must be at most ${max}`));
const overrides = v.record(v.string(), v.union([v.number(), v.boolean(), v.string()], 'must be a number, true/false or a word'));
const figureName = v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'must be a name of letters and digits'));

const valueFigure = v.strictObject({
  label: text,
  series: text,
  run: v.picklist(['A', 'B', 'B-A'], 'must be A, B or B-A'),
  at: v.optional(whole(1, LIMITS.weeks.max)),
  sum: v.optional(v.boolean()),
  absolute: v.optional(v.boolean()),
});

const crossingFigure = v.strictObject({ label: text, crossing: text });

const questions = v.pipe(v.array(text), v.minLength(1, 'must ask at least one question'), v.maxLength(3, 'must ask at most three questions'));

/** The teacher's notes that the app shows page by page (the rest is the body's "## For the teacher"). */
const teacherNotes = v.strictObject({
  minutes: whole(5, 60),
  goals: v.pipe(v.array(text), v.minLength(2, 'must name two to four goals'), v.maxLength(4, 'must name two to four goals')),
  ask: v.strictObject({
    story: questions,
    steps: v.array(questions),
    holds: v.optional(questions),
    debrief: questions,
  }),
  misconceptions: v.pipe(
    v.array(v.strictObject({ belief: text, answer: text })),
    v.minLength(2, 'must name two to four misconceptions'),
    v.maxLength(4, 'must name two to four misconceptions'),
  ),
});

/**
 * The learning check (check.ts in src/scenarios): two or three questions a learner answers on their
 * own device before and after the scenario. At most four choices, so that a result code holds each
 * answer in two bits (resultCode.ts); `answer` is the 0-based index of the right choice.
 */
const checkQuestion = v.pipe(
  v.strictObject({
    question: text,
    choices: v.pipe(v.array(text), v.minLength(2, 'must offer two to four choices'), v.maxLength(4, 'must offer two to four choices')),
    answer: whole(0, 3),
    why: text,
  }),
  v.check((item) => item.answer < item.choices.length, 'answer: must be the index (from 0) of one of the choices'),
);

export const frontMatterSchema = v.strictObject({
  title: text,
  summary: text,
  /** Where the card comes on the home page (smaller first; then by id). */
  order: v.optional(whole(1, 999), 100),
  sources: v.pipe(v.array(text), v.minLength(1, 'must name at least one source id')),
  seed: v.optional(whole(LIMITS.seed.min, LIMITS.seed.max), LIMITS.seed.default),
  weeks: whole(LIMITS.weeks.min, LIMITS.weeks.max),
  people: v.optional(whole(LIMITS.people.min, LIMITS.people.max), LIMITS.people.default),
  shared: v.optional(overrides, {}),
  variants: v.strictObject({
    A: v.strictObject({ name: text, set: v.optional(overrides, {}) }),
    B: v.strictObject({ name: text, set: v.optional(overrides, {}) }),
  }),
  question: v.strictObject({
    text,
    choices: v.pipe(v.array(v.strictObject({ label: text, holds: text })), v.minLength(2, 'must offer at least two choices')),
  }),
  figures: v.record(figureName, v.union([valueFigure, crossingFigure], 'must have a label and either series and run, or crossing')),
  steps: v.pipe(
    v.array(
      v.strictObject({
        week: whole(1, LIMITS.weeks.max),
        chart: v.picklist(CHART_IDS, `must be one of ${CHART_IDS.join(', ')}`),
        figure: v.optional(figureName),
      }),
    ),
    v.minLength(1, 'must hold at least one step'),
  ),
  /** The step "Where does it hold?": a sweep over the one or two assumptions the verdict hangs on. */
  holds: v.optional(
    v.strictObject({
      sweep: v.pipe(v.array(text), v.minLength(1, 'must sweep one or two parameters'), v.maxLength(2, 'must sweep one or two parameters')),
      seeds: v.optional(whole(1, 20), 3),
      measure: v.optional(text, 'B-A.cumulativeProfit'),
    }),
  ),
  /** A's changes, one lever at a time, that turn it into B: the debrief's decomposition of B − A. */
  levers: v.optional(
    v.pipe(
      v.array(v.strictObject({ label: text, set: overrides })),
      v.minLength(2, 'must name at least two levers (one lever is B − A itself)'),
    ),
  ),
  whatIfs: v.optional(
    v.array(v.strictObject({ label: text, A: v.optional(overrides, {}), B: v.optional(overrides, {}), both: v.optional(overrides, {}) })),
    [],
  ),
  teacher: v.optional(teacherNotes),
  check: v.optional(v.pipe(v.array(checkQuestion), v.minLength(2, 'must ask two or three questions'), v.maxLength(3, 'must ask two or three questions'))),
});

export type FrontMatter = v.InferOutput<typeof frontMatterSchema>;

/** The front matter, or one sentence per problem, each naming where in the file it is. */
export function checkFrontMatter(data: unknown): { ok: true; value: FrontMatter } | { ok: false; errors: string[] } {
  const result = v.safeParse(frontMatterSchema, data);
  if (result.success) return { ok: true, value: result.output };
  return {
    ok: false,
    errors: result.issues.map((issue) => `${v.getDotPath(issue) ?? '(the front matter)'}: ${issue.message}`),
  };
}
