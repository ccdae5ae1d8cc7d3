/**
 * Which component shows each view, and each view's page title. Home is part of the first load;
 * the sandbox (chart.js and the workers), a scenario (the same, and its content) and the model's
 * documentation (the Markdown and its renderer) are loaded the first time they are opened, so the first load stays small.
 */
import type { Component } from 'svelte';
import type { MessageKey } from '../i18n/t.ts';
import type { NavView, View } from './route.ts';

export type LazyView = Exclude<View, 'home'>;

const loaders: Record<LazyView, () => Promise<{ default: Component }>> = {
  sandbox: () => import('../views/SandboxView.svelte'),
  model: () => import('../views/ModelView.svelte'),
  scenario: () => import('../views/ScenarioView.svelte'),
};

const loading = new Map<LazyView, Promise<Component>>();

/** The component of a view, loaded once; a failed load is forgotten so that it can be retried. */
export function loadView(view: LazyView): Promise<Component> {
  let component = loading.get(view);
  if (!component) {
    component = loaders[view]().then((module) => module.default);
    component.catch(() => loading.delete(view));
    loading.set(view, component);
  }
  return component;
}

/** The document title of each view. */
export const viewTitles: Record<View, MessageKey> = {
  home: 'page.home.title',
  sandbox: 'page.sandbox.title',
  model: 'page.model.title',
  scenario: 'page.scenario.title',
};

/** The name of each view in the navigation. */
export const viewNames: Record<NavView, MessageKey> = {
  home: 'nav.home',
  sandbox: 'nav.sandbox',
  model: 'nav.model',
};
