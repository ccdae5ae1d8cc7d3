/**
 * Which component shows each view, and each view's page title. Home is part of the first load;
 * the sandbox (chart.js and the workers), the experiment builder (its workers and d3), a scenario
 * (the same, and its content), the model's documentation (the Markdown and its renderer) and
 * "Your customers" (the fitting worker) are loaded the first time they are opened, so the first
 * load stays small.
 */
import type { Component } from 'svelte';
import type { MessageKey } from '../i18n/t.ts';
import type { NavView, View } from './route.ts';

export type LazyView = Exclude<View, 'home'>;

const loaders: Record<LazyView, () => Promise<{ default: Component }>> = {
  sandbox: () => import('../views/SandboxView.svelte'),
  experiment: () => import('../views/ExperimentView.svelte'),
  model: () => import('../views/ModelView.svelte'),
  data: () => import('../views/DataView.svelte'),
  scenario: () => import('../views/ScenarioView.svelte'),
  lesson: () => import('../views/LessonView.svelte'),
};

const loading = new Map<LazyView, Promise<Component>>();
/** Views whose load failed once in this page: asking for one again may need a reload. */
const failed = new Set<LazyView>();

/**
 * The component of a view, loaded once; a failed load is forgotten so that it can be retried.
 * Some browsers (Chromium 150, among others) keep a failed module import for the page's life, so
 * a second `import()` gets the same failure without asking the server again. When a view that
 * failed before fails again while the site itself answers, the page is reloaded: its address holds
 * the view and the sandbox's state, and a new page asks for every file afresh (a chunk renamed by
 * a new deployment included). Offline, the failure is shown again instead.
 */
export function loadView(view: LazyView): Promise<Component> {
  let component = loading.get(view);
  if (!component) {
    const retry = failed.has(view);
    component = loaders[view]()
      .then((module) => module.default)
      .catch(async (error: unknown) => {
        failed.add(view);
        if (retry && (await siteAnswers())) return reloadPage();
        throw error;
      });
    component.catch(() => loading.delete(view));
    loading.set(view, component);
  }
  return component;
}

/** Whether the page's own address answers now, bypassing every cache. */
async function siteAnswers(): Promise<boolean> {
  if (location.protocol === 'file:') return false;
  try {
    return (await fetch(location.href, { method: 'HEAD', cache: 'no-store' })).ok;
  } catch {
    return false;
  }
}

/** Reloads the page at the same address; the promise never settles, the page being replaced. */
function reloadPage(): Promise<never> {
  location.reload();
  return new Promise<never>(() => {});
}

/** The document title of each view. */
export const viewTitles: Record<View, MessageKey> = {
  home: 'page.home.title',
  sandbox: 'page.sandbox.title',
  experiment: 'page.experiment.title',
  model: 'page.model.title',
  data: 'page.data.title',
  scenario: 'page.scenario.title',
  lesson: 'page.lesson.title',
};

/** The name of each view in the navigation. */
export const viewNames: Record<NavView, MessageKey> = {
  home: 'nav.home',
  sandbox: 'nav.sandbox',
  experiment: 'nav.experiment',
  model: 'nav.model',
  data: 'nav.data',
};
