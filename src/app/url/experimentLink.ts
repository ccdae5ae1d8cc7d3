/**
 * The experiment view's address, both ways: `?view=experiment`, the set-ups the experiment starts
 * from as the sandbox's link writes them (sandboxLink.ts: A's parameters, `compare=on` and B's,
 * the seed, length and market size), and the experiment's own parts (src/experiment/link.ts:
 * `sweep=`, `sweepSeeds=`, `measure=`). So a link reopens the same experiment and reruns it to the
 * same numbers, and the sandbox's "sweep these set-ups" is the sandbox's link on this view.
 * Reading never fails: every part not used is named in a sentence with its reason.
 */
import { readExperimentQuery, experimentQuery, type ExperimentLinkParts } from '../../experiment/link.ts';
import { paramsAt, type Experiment, type ExperimentBase, type ExperimentPlan } from '../../experiment/plan.ts';
import { t } from '../i18n/t.ts';
import { linkOfRuns, paramsOfLink, readLink, sandboxSearch, searchWithLink, type SandboxLink } from './sandboxLink.ts';

export interface ExperimentAddress {
  base: ExperimentBase;
  /** The experiment's parts; `axes` is empty when the address names none (the builder offers its own). */
  parts: ExperimentLinkParts;
  /** Parts of the address not used, each as a sentence with its reason. */
  ignored: string[];
  /** The model version the link was made with, when it is not this one. */
  olderVersion: string | null;
}

export function readExperimentAddress(search: string): ExperimentAddress {
  const read = readLink(search);
  const { link } = read;
  const { a, b } = paramsOfLink(link);
  const base: ExperimentBase = { seed: link.seed, weeks: link.weeks, people: link.people, a, b: link.b ? b : null };
  const experiment = readExperimentQuery(new URLSearchParams(search), base.weeks, base.b !== null);
  const ignored = [
    ...read.ignored,
    ...experiment.ignored.map(({ key, value, reason }) => t('url.invalid', { key, value, reason })),
  ];
  return { base, parts: experiment.parts, ignored, olderVersion: read.olderVersion };
}

/** The query of the experiment view for these set-ups and parts, keeping the start-up options of `current`. */
export function experimentSearch(current: string, base: ExperimentBase, parts: ExperimentLinkParts | null): string {
  const search = searchWithLink(current, linkOfRuns(base), 'experiment');
  if (!parts || parts.axes.length === 0) return search;
  return `${search}&${new URLSearchParams(experimentQuery(parts)).toString()}`;
}

/** The experiment view on the set-ups of a sandbox link (the sandbox's "sweep these set-ups"). */
export function experimentSearchOfLink(current: string, link: SandboxLink): string {
  return searchWithLink(current, { ...link, week: null, seeds: null, hidden: [] }, 'experiment');
}

/**
 * The sandbox on one point of an experiment: A and B with the axes' values there, on the first
 * repetition's seed, so that the sandbox shows one of the runs the point's summary is made of.
 */
export function pointSandboxSearch(experiment: Experiment, plan: ExperimentPlan, point: number): string {
  const at = plan.points[point];
  const { base } = experiment;
  return sandboxSearch({
    seed: plan.seeds[0],
    weeks: base.weeks,
    people: base.people,
    a: paramsAt(experiment, at, 'A'),
    b: base.b ? paramsAt(experiment, at, 'B') : null,
  });
}
