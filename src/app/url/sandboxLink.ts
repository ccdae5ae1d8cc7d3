/**
 * The sandbox's state in the address, both ways. Keys are the parameter schema's own names
 * (`purchases.grossMargin=0.4`): readable, and stable for as long as the schema's names are. Only
 * what differs from the defaults is written: A's parameters as they are, B's (in compare mode,
 * `compare=on`) as `b.<name>` where B differs from A; then the seed, length and market size, the
 * week the scrubber shows (1-based, as on screen), the number of seeds of a spread, the charts
 * hidden (`hide=ledger,cohorts`), and the model version (`v`). Numbers are written in their
 * shortest exact form, so a link gives the same run, number for number.
 *
 * Reading never fails. Every part is checked against the schema and the core's limits; what is
 * valid is kept, and every other part is named in a sentence with its reason (untrusted text is
 * clipped, and nothing of it is ever treated as markup by the page, which shows text only).
 */
import {
  defaultParams,
  isParamKey,
  LIMITS,
  MODEL_VERSION,
  paramKeys,
  parseValue,
  type ParamKey,
  type Params,
} from '../../sim/index.ts';
import { CHART_IDS, SANDBOX_ONLY_CHARTS } from '../../scenarios/chartIds.ts';
import { SEEDS } from '../../worker/seedRunner.ts';
import { EXPERIMENT_KEYS } from '../../experiment/link.ts';
import { formatNumber } from '../format/numbers.ts';
import { t } from '../i18n/t.ts';

type ParamValue = Params[ParamKey];

/** What a sandbox link holds; anything left out is the default. */
export interface SandboxLink {
  /** A's values that differ from the defaults. */
  a: Partial<Record<ParamKey, ParamValue>>;
  /** In compare mode, B's values that differ from A's; null outside compare mode. */
  b: Partial<Record<ParamKey, ParamValue>> | null;
  seed: number;
  weeks: number;
  people: number;
  /** The scrubber's week, 0-based, or null for the end of the run. */
  week: number | null;
  /** Seeds of a spread across seeds on screen, or null for none. */
  seeds: number | null;
  /** Charts the reader has hidden, by id, in the catalogue's order. */
  hidden: string[];
}

export interface ReadLink {
  link: SandboxLink;
  /** Parts of the address not used, each as a sentence with its reason. */
  ignored: string[];
  /** The model version the link was made with, when it is not this one. */
  olderVersion: string | null;
}

/** Keys read by other parts of the page (routing, start-up options, scenarios, language, an experiment). */
export const FOREIGN_KEYS: ReadonlySet<string> = new Set(['view', 'workers', 'scenario', 'step', 'present', 'lang', ...Object.values(EXPERIMENT_KEYS)]);

/** Address text read at most; a longer address is cut here, with a note. */
export const MAX_QUERY = 8000;

const B_PREFIX = 'b.';

/** Every chart's id (the catalogue's are kept equal to these by a test), in a fixed order. */
export const CHART_ORDER: readonly string[] = [...CHART_IDS, ...SANDBOX_ONLY_CHARTS];

export function emptyLink(): SandboxLink {
  return {
    a: {},
    b: null,
    seed: LIMITS.seed.default,
    weeks: LIMITS.weeks.default,
    people: LIMITS.people.default,
    week: null,
    seeds: null,
    hidden: [],
  };
}

const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** A parameter value as the address writes it: numbers exactly, switches as on/off. */
export function formatValue(value: ParamValue): string {
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  return String(value);
}

/** The query (without "?" and without `view`) that holds `link`. */
export function writeLink(link: SandboxLink): string {
  const query = new URLSearchParams();
  query.set('v', MODEL_VERSION);
  for (const key of paramKeys) if (link.a[key] !== undefined) query.set(key, formatValue(link.a[key] as ParamValue));
  if (link.b) {
    query.set('compare', 'on');
    for (const key of paramKeys) if (link.b[key] !== undefined) query.set(`${B_PREFIX}${key}`, formatValue(link.b[key] as ParamValue));
  }
  if (link.seed !== LIMITS.seed.default) query.set('seed', String(link.seed));
  if (link.weeks !== LIMITS.weeks.default) query.set('weeks', String(link.weeks));
  if (link.people !== LIMITS.people.default) query.set('people', String(link.people));
  if (link.week !== null) query.set('week', String(link.week + 1));
  if (link.seeds !== null) query.set('seeds', String(link.seeds));
  if (link.hidden.length > 0) query.set('hide', link.hidden.join(','));
  return query.toString();
}

/** A whole number within [min, max] from address text, or null. */
function wholeNumber(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,16}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isSafeInteger(value) && value >= min && value <= max ? value : null;
}

type Whole = 'seed' | 'weeks' | 'people' | 'week' | 'seeds';

function wholeLimits(key: Whole, weeks: number): { min: number; max: number } {
  if (key === 'week') return { min: 1, max: weeks };
  if (key === 'seeds') return { min: SEEDS.min, max: SEEDS.max };
  return LIMITS[key];
}

/** Reads the sandbox's state from a query string ("?…" or "…"); never throws. */
export function readLink(search: string): ReadLink {
  const link = emptyLink();
  const ignored: string[] = [];
  let text = search.startsWith('?') ? search.slice(1) : search;
  if (text.length > MAX_QUERY) {
    ignored.push(t('url.tooLong', { kept: formatNumber(MAX_QUERY, 'count'), length: formatNumber(text.length, 'count') }));
    text = text.slice(0, MAX_QUERY);
  }
  const seen = new Set<string>();
  const entries: [string, string][] = [];
  for (const [key, value] of new URLSearchParams(text)) {
    if (FOREIGN_KEYS.has(key)) continue;
    if (seen.has(key)) {
      ignored.push(t('url.repeated', { key: clip(key), value: clip(value) }));
      continue;
    }
    seen.add(key);
    entries.push([key, value]);
  }
  const compare = entries.find(([key]) => key === 'compare');
  const compareOn = compare !== undefined && ['on', 'true', '1'].includes(compare[1].trim().toLowerCase());
  if (compare && !compareOn && !['off', 'false', '0'].includes(compare[1].trim().toLowerCase())) {
    ignored.push(t('url.invalid', { key: 'compare', value: clip(compare[1]), reason: t('url.reason.onOff') }));
  }
  const a: Partial<Record<ParamKey, ParamValue>> = {};
  const b: Partial<Record<ParamKey, ParamValue>> = {};
  let olderVersion: string | null = null;
  // The run's length first: the scrubber's week is checked against it.
  const order = (key: string) => (key === 'weeks' ? 0 : key === 'week' ? 2 : 1);
  for (const [key, value] of [...entries].sort((x, y) => order(x[0]) - order(y[0]))) {
    if (key === 'compare') continue;
    if (key === 'v') {
      if (/^\d{1,4}\.\d{1,4}\.\d{1,4}$/.test(value.trim())) olderVersion = value.trim() === MODEL_VERSION ? null : value.trim();
      else ignored.push(t('url.invalid', { key, value: clip(value), reason: t('url.reason.version') }));
      continue;
    }
    if (key === 'hide') {
      const asked = value.split(',').map((id) => id.trim()).filter((id) => id !== '');
      const unknown = asked.filter((id) => !CHART_ORDER.includes(id));
      if (unknown.length > 0) ignored.push(t('url.invalid', { key, value: clip(unknown.join(',')), reason: t('url.reason.chart') }));
      link.hidden = CHART_ORDER.filter((id) => asked.includes(id));
      continue;
    }
    if (key === 'seed' || key === 'weeks' || key === 'people' || key === 'week' || key === 'seeds') {
      const { min, max } = wholeLimits(key, link.weeks);
      const number = wholeNumber(value, min, max);
      if (number === null) {
        ignored.push(t('url.invalid', { key, value: clip(value), reason: t('url.reason.whole', { min: formatNumber(min, 'count'), max: formatNumber(max, 'count') }) }));
      } else if (key === 'week') link.week = number - 1;
      else link[key] = number;
      continue;
    }
    const forB = key.startsWith(B_PREFIX);
    const name = forB ? key.slice(B_PREFIX.length) : key;
    if (!isParamKey(name)) {
      ignored.push(t('url.unknown', { key: clip(key), value: clip(value) }));
      continue;
    }
    if (forB && !compareOn) {
      ignored.push(t('url.invalid', { key: clip(key), value: clip(value), reason: t('url.reason.noCompare') }));
      continue;
    }
    const checked = parseValue(name, value);
    if (!checked.ok) {
      ignored.push(t('url.invalid', { key: clip(key), value: clip(value), reason: checked.error }));
      continue;
    }
    // "-0" is 0: the address writes no sign of zero, so a link reads back as it was written.
    (forB ? b : a)[name] = (Object.is(checked.value, -0) ? 0 : checked.value) as ParamValue;
  }
  // A value equal to the default (for A) or to A's (for B) changes nothing: it is not kept.
  const defaults = defaultParams();
  for (const key of Object.keys(a) as ParamKey[]) if (a[key] === defaults[key]) delete a[key];
  link.a = a;
  if (compareOn) {
    for (const key of Object.keys(b) as ParamKey[]) if (b[key] === (a[key] ?? defaults[key])) delete b[key];
    link.b = b;
  }
  return { link, ignored, olderVersion };
}

/** A's and B's full parameter sets of a link. */
export function paramsOfLink(link: SandboxLink): { a: Params; b: Params } {
  const a = { ...defaultParams(), ...link.a } as Params;
  const b = { ...a, ...(link.b ?? {}) } as Params;
  return { a, b };
}

/** The values of `values` that differ from `base`, in schema order. */
export function differences(values: Params, base: Params): Partial<Record<ParamKey, ParamValue>> {
  const changed: Partial<Record<ParamKey, ParamValue>> = {};
  for (const key of paramKeys) if (values[key] !== base[key]) changed[key] = values[key];
  return changed;
}


/**
 * The address's query for `link` on a view (the sandbox, or an experiment on its set-ups): the
 * view first, the start-up options and language kept as they are, then the link's. An
 * experiment's own parts are the experiment view's to write (experimentLink.ts).
 */
export function searchWithLink(current: string, link: SandboxLink, view: 'sandbox' | 'experiment' = 'sandbox'): string {
  const kept = new URLSearchParams();
  kept.set('view', view);
  const experimentKeys: readonly string[] = Object.values(EXPERIMENT_KEYS);
  for (const [key, value] of new URLSearchParams(current)) {
    if (FOREIGN_KEYS.has(key) && key !== 'view' && !experimentKeys.includes(key)) kept.append(key, value);
  }
  const own = writeLink(link);
  return `?${kept.toString()}${own ? `&${own}` : ''}`;
}

/** The link of runs' set-ups: A's parameters against the defaults, B's (if any) against A's. */
export function linkOfRuns(run: { seed: number; weeks: number; people: number; a: Params; b: Params | null }): SandboxLink {
  return {
    ...emptyLink(),
    a: differences(run.a, defaultParams()),
    b: run.b ? differences(run.b, run.a) : null,
    seed: run.seed,
    weeks: run.weeks,
    people: run.people,
  };
}

/**
 * The query that opens the sandbox on these runs' parameters, in compare mode when there is a B
 * (a scenario's "open in sandbox" and its "what if" links, an experiment's cells).
 */
export function sandboxSearch(run: { seed: number; weeks: number; people: number; a: Params; b: Params | null }): string {
  return `?view=sandbox&${writeLink(linkOfRuns(run))}`;
}
