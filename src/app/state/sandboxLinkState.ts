/**
 * The sandbox's state to and from a link (url/sandboxLink.ts): what a link opens, and what is on
 * screen as a link for the address bar.
 */
import { defaultParams } from '../../sim/index.ts';
import { CHART_ORDER, differences, paramsOfLink, type SandboxLink } from '../url/sandboxLink.ts';
import type { SandboxState } from './sandboxState.svelte.ts';

/**
 * Take the state of a link (opened, or reached by back and forward): the market size and length
 * first (so that no run starts at the old size), then A's and B's parameters and compare mode,
 * the seed, the scrubber's week, the charts hidden, and the number of seeds of a spread, which
 * runs once taken.
 */
export function loadLink(sandbox: SandboxState, link: SandboxLink): void {
  sandbox.dropHeld();
  const { a, b } = paramsOfLink(link);
  sandbox.sizeRefused = {};
  sandbox.seed = link.seed;
  sandbox.weeks = link.weeks;
  sandbox.people = link.people;
  sandbox.a.load(a);
  sandbox.setCompare(link.b !== null);
  if (link.b) sandbox.b.load(b);
  sandbox.playback.pause();
  sandbox.playback.cursor = link.week;
  sandbox.hiddenCharts = new Set(link.hidden);
  sandbox.sync();
  if (link.seeds !== null) {
    sandbox.spread.count = link.seeds;
    sandbox.runSpread();
  }
}

/** The state on screen as a link. */
export function linkOf(sandbox: SandboxState): SandboxLink {
  const spreadOn = sandbox.spread.status === 'running' || sandbox.chartInput?.spread;
  return {
    a: differences(sandbox.a.values, defaultParams()),
    b: sandbox.compare ? differences(sandbox.b.values, sandbox.a.values) : null,
    seed: sandbox.seed,
    weeks: sandbox.weeks,
    people: sandbox.people,
    week: sandbox.playback.cursor,
    seeds: spreadOn ? sandbox.spread.count : null,
    hidden: CHART_ORDER.filter((id) => sandbox.hiddenCharts.has(id)),
  };
}
