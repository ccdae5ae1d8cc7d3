/**
 * The app's routes, kept in the address's query string so that a link works on any static host
 * (no server has to know the app's paths): no `view` is the home page, `?view=sandbox` the
 * sandbox, `?view=lesson&plan=…` a lesson plan (not in the navigation), `?view=experiment` the experiment builder (a sweep of the sandbox's set-ups), `?view=data` the
 * import and fitting of the reader's own customers, `?view=model` the model's documentation, and `?scenario=<id>&step=<n>` a scenario at
 * one of its steps (`&seed=<n>` for other luck than the scenario's own, `&present=1` in
 * classroom mode, `&teacher=1` with the teacher's notes shown, `&print=handout` or `&print=teacher`
 * for its printable handout or teacher's sheet instead of the player, `&hands=4-11-2` the room's show of
 * hands for each answer, counted in classroom mode before the run, `&check=before` or `&check=after`
 * for a learner's check on their own device, `&check=room&codes=…` for the teacher's tally of the
 * room's result codes). Parsing never fails: what the address asks
 * for and routing cannot give is returned as an ignored part, so the page can say so.
 */
import { scenarioCards } from 'virtual:scenarios';
import { LIMITS } from '../../sim/run/config.ts';
import { formatHands, parseHands } from '../classroom/hands.ts';
import { DEFAULT_LENGTH, LENGTH_LIMITS, type LessonPlan } from '../lesson/lessonPlan.ts';

/** The views named by `view=`, in the navigation's order. */
export const VIEWS = ['home', 'sandbox', 'experiment', 'data', 'model'] as const;
export type NavView = (typeof VIEWS)[number];
export type View = NavView | 'scenario' | 'lesson';

export interface ScenarioRoute {
  view: 'scenario';
  scenario: string;
  /** 1 is the story; the player keeps the step within the scenario's. */
  step: number;
  /** Classroom mode: the presentation for a projector. */
  present: boolean;
  /** The teacher's notes shown beside the narrative. */
  teacher: boolean;
  /** A printable sheet instead of the player: the learners' handout or the teacher's sheet. */
  print?: PrintSheet;
  /** Another seed than the scenario's own, or null for its own. */
  seed: number | null;
  /** The room's show of hands, one count per answer (classroom/hands.ts); absent when none was counted. */
  hands?: number[];
  /** A learner's check (before or after the scenario) or the teacher's tally of the room's codes, instead of the player. */
  check?: CheckPage;
  /** The result codes typed into the room's tally (check/roomCheck.ts), as typed; absent when none. */
  codes?: string[];
}

/** A lesson plan (`?view=lesson&plan=a,b&length=90&check=1`): not in the navigation; linked from home and the teacher's notes. */
export interface LessonRoute extends LessonPlan {
  view: 'lesson';
}

export type Route = { view: NavView } | ScenarioRoute | LessonRoute;

/** The printable sheets of a scenario (`print=`). */
export const PRINT_SHEETS = ['handout', 'teacher'] as const;
export type PrintSheet = (typeof PRINT_SHEETS)[number];

/** The pages of a scenario's learning check (`check=`): the learner's before and after, the teacher's tally. */
export const CHECK_PAGES = ['before', 'after', 'room'] as const;
export type CheckPage = (typeof CHECK_PAGES)[number];

/** Why a part of the address was ignored. */
export type IgnoredPart =
  | { key: 'view'; value: string; reason: 'unknown' | 'repeated' }
  | { key: 'scenario'; value: string; reason: 'unknown' | 'repeated' }
  | { key: 'step' | 'seed' | 'print' | 'hands' | 'check' | 'codes' | 'length'; value: string; reason: 'invalid' }
  | { key: 'plan'; value: string; reason: 'unknown' | 'repeated' };

export interface ParsedRoute {
  route: Route;
  ignored: IgnoredPart[];
}

export const HOME: Route = { view: 'home' };

const knownScenarios = scenarioCards.map((card) => card.id);

function isView(value: string): value is NavView {
  return (VIEWS as readonly string[]).includes(value);
}

function readStep(query: URLSearchParams, ignored: IgnoredPart[]): number {
  const asked = query.get('step');
  if (asked === null) return 1;
  const value = /^\s*\d{1,4}\s*$/.test(asked) ? Number(asked) : 0;
  if (value >= 1) return value;
  ignored.push({ key: 'step', value: asked, reason: 'invalid' });
  return 1;
}

function readSeed(query: URLSearchParams, ignored: IgnoredPart[]): number | null {
  const asked = query.get('seed');
  if (asked === null) return null;
  const value = /^\s*\d{1,10}\s*$/.test(asked) ? Number(asked) : -1;
  if (value >= LIMITS.seed.min && value <= LIMITS.seed.max) return value;
  ignored.push({ key: 'seed', value: asked, reason: 'invalid' });
  return null;
}

function readPrint(query: URLSearchParams, ignored: IgnoredPart[]): PrintSheet | undefined {
  const asked = query.get('print');
  if (asked === null) return undefined;
  const sheet = PRINT_SHEETS.find((name) => name === asked.trim().toLowerCase());
  if (!sheet) ignored.push({ key: 'print', value: asked, reason: 'invalid' });
  return sheet;
}

function readCheck(query: URLSearchParams, ignored: IgnoredPart[]): CheckPage | undefined {
  const asked = query.get('check');
  if (asked === null) return undefined;
  const page = CHECK_PAGES.find((name) => name === asked.trim().toLowerCase());
  if (!page) ignored.push({ key: 'check', value: asked, reason: 'invalid' });
  return page;
}

/** The most codes the room's tally keeps in the address: a lecture hall, before and after. */
export const MAX_CODES = 600;

function readCodes(query: URLSearchParams, ignored: IgnoredPart[]): string[] | undefined {
  const asked = query.get('codes');
  if (asked === null) return undefined;
  const codes = asked.split('.').map((code) => code.trim()).filter((code) => code !== '');
  if (codes.length > MAX_CODES || codes.some((code) => !/^[0-9A-Za-z]{1,8}$/.test(code))) {
    ignored.push({ key: 'codes', value: asked.length > 60 ? `${asked.slice(0, 60)}…` : asked, reason: 'invalid' });
    return undefined;
  }
  return codes.length > 0 ? codes : undefined;
}

function readHands(query: URLSearchParams, ignored: IgnoredPart[]): number[] | undefined {
  const asked = query.get('hands');
  if (asked === null) return undefined;
  const counts = parseHands(asked);
  if (!counts) ignored.push({ key: 'hands', value: asked, reason: 'invalid' });
  return counts ?? undefined;
}

/** A switch in the address: on as "1", "true" or "on" (as people type them); off otherwise or absent. */
function isOn(value: string | null): boolean {
  return ['1', 'true', 'on'].includes((value ?? '').trim().toLowerCase());
}

/** A scenario the address names and the app has, with its step; or null, with what was ignored. */
function readScenario(query: URLSearchParams, ignored: IgnoredPart[], known: readonly string[]): ScenarioRoute | null {
  const asked = query.getAll('scenario');
  if (asked.length === 0) return null;
  asked.slice(1).forEach((value) => ignored.push({ key: 'scenario', value, reason: 'repeated' }));
  const id = asked[0].trim().toLowerCase();
  if (!known.includes(id)) {
    ignored.push({ key: 'scenario', value: asked[0], reason: 'unknown' });
    return null;
  }
  const present = isOn(query.get('present'));
  const teacher = isOn(query.get('teacher'));
  const route: ScenarioRoute = { view: 'scenario', scenario: id, step: readStep(query, ignored), present, teacher, seed: readSeed(query, ignored) };
  const print = readPrint(query, ignored);
  const hands = readHands(query, ignored);
  const check = readCheck(query, ignored);
  const codes = readCodes(query, ignored);
  return { ...route, ...(print ? { print } : {}), ...(hands ? { hands } : {}), ...(check ? { check } : {}), ...(codes ? { codes } : {}) };
}

function readLesson(query: URLSearchParams, ignored: IgnoredPart[], known: readonly string[]): LessonRoute {
  const plan: string[] = [];
  for (const asked of (query.get('plan') ?? '').split(',')) {
    const id = asked.trim().toLowerCase();
    if (id === '') continue;
    if (!known.includes(id)) ignored.push({ key: 'plan', value: asked, reason: 'unknown' });
    else if (plan.includes(id)) ignored.push({ key: 'plan', value: asked, reason: 'repeated' });
    else plan.push(id);
  }
  const askedLength = query.get('length');
  let length = DEFAULT_LENGTH;
  if (askedLength !== null) {
    const value = /^\s*\d{1,4}\s*$/.test(askedLength) ? Number(askedLength) : 0;
    if (value >= LENGTH_LIMITS.min && value <= LENGTH_LIMITS.max) length = value;
    else ignored.push({ key: 'length', value: askedLength, reason: 'invalid' });
  }
  return { view: 'lesson', plan, length, check: isOn(query.get('check')) };
}

/**
 * The route of a query string ("?view=model&…", with or without the "?"). View names are read
 * without regard to case or surrounding spaces, as people type them; an empty `view` is home. A
 * scenario the app has wins over `view`; an unknown one opens home with a note. Parameters that
 * are not routing's (the sandbox's, `workers`) are left to their readers.
 */
export function parseRoute(search: string, known: readonly string[] = knownScenarios): ParsedRoute {
  const query = new URLSearchParams(search);
  const ignored: IgnoredPart[] = [];
  let view: NavView | 'lesson' = 'home';
  for (const [index, asked] of query.getAll('view').entries()) {
    const name = asked.trim().toLowerCase();
    if (index > 0) ignored.push({ key: 'view', value: asked, reason: 'repeated' });
    else if (isView(name) || name === 'lesson') view = name;
    else if (name !== '') ignored.push({ key: 'view', value: asked, reason: 'unknown' });
  }
  const scenario = readScenario(query, ignored, known);
  if (!scenario && view === 'lesson') return { route: readLesson(query, ignored, known), ignored };
  return { route: scenario ?? { view: view === 'lesson' ? 'home' : view }, ignored };
}

/** The query string of a route: "" for home, "?view=model" for the others, "?scenario=…&step=…". */
export function formatRoute(route: Route): string {
  if (route.view === 'home') return '';
  if (route.view === 'lesson') {
    const lesson = new URLSearchParams({ view: 'lesson', plan: route.plan.join(',') });
    if (route.length !== DEFAULT_LENGTH) lesson.set('length', String(route.length));
    if (route.check) lesson.set('check', '1');
    return `?${lesson}`.replace(/%2C/g, ',');
  }
  if (route.view !== 'scenario') return `?${new URLSearchParams({ view: route.view })}`;
  const query = new URLSearchParams({ scenario: route.scenario, step: String(route.step) });
  if (route.seed !== null) query.set('seed', String(route.seed));
  if (route.present) query.set('present', '1');
  if (route.teacher) query.set('teacher', '1');
  if (route.print) query.set('print', route.print);
  const hands = formatHands(route.hands ?? []);
  if (hands !== '') query.set('hands', hands);
  if (route.check) query.set('check', route.check);
  if (route.codes && route.codes.length > 0) query.set('codes', route.codes.join('.'));
  return `?${query}`;
}

export function sameRoute(a: Route, b: Route): boolean {
  return formatRoute(a) === formatRoute(b);
}
