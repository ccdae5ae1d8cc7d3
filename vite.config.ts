/**
 * Build and test configuration. The app is a static site with a relative base, so a build works
 * from any sub-path; its built index.html carries a Content-Security-Policy (src/build/). With
 * `--mode single` (`npm run build:single`) the build is instead one self-contained page that
 * works opened from disk; the served build asks V8 to compile chart.js's chunk as it loads (src/build/eagerCharts.ts). Tests come in three projects: `unit` (the core and the app's logic, in
 * Node), `component` (Svelte components in jsdom, with Svelte's browser build) and `browser`
 * (the built app in Chromium, driven by Playwright, and in Firefox ESR and WebKit through
 * test/support/enginePages.ts). Only the browser project builds and serves
 * the app, and Vitest runs its global setup only when a browser test is selected. The scenarios'
 * plugin checks every file of content/scenarios when a build starts; a bad file fails it, and the
 * messages' plugins (src/build/messages.ts) check every language and compile them with Paraglide JS
 * (under Vitest the tests use what `npm run messages` compiled).
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { scenariosPlugin } from './src/scenarios/node/vitePlugin.ts';
import { servedCsp } from './src/build/servedCsp.ts';
import { singleFile } from './src/build/singleFile.ts';
import { eagerCharts } from './src/build/eagerCharts.ts';
import { messagesPlugins } from './src/build/messages.ts';

/**
 * The oldest browsers the build is for (README, "Browsers"): Vite's "baseline widely available"
 * of its version 8, written out so that an upgrade of Vite cannot move it unnoticed. The code
 * uses the library of ES2022 (tsconfig.json), which all of them have.
 */
const BROWSER_TARGET = ['chrome111', 'edge111', 'firefox114', 'safari16.4', 'ios16.4'];

export default defineConfig(({ mode }) => ({
  base: './',
  build: { target: BROWSER_TARGET },
  // Runes mode everywhere (Svelte 5).
  plugins: [svelte({ compilerOptions: { runes: true } }), scenariosPlugin(), ...messagesPlugins(), ...(mode === 'single' ? [singleFile()] : [servedCsp(), eagerCharts()])],
  worker: { format: 'es' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          // Runs of thousands of people take seconds when CI's two cores also drive the browsers:
          // a guard against hangs, not a performance target (those are npm run bench's).
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        // Resolves Svelte to its browser build (not the server's, where components never mount)
        // and cleans the DOM after each test.
        plugins: [svelteTesting()],
        test: {
          name: 'component',
          // The sandbox's state tests run here too: in Node (`unit`) Svelte compiles a
          // `.svelte.ts` module for the server, without reactivity; here as in the browser.
          include: ['test/component/**/*.test.ts', 'test/unit/sandbox/**/*.test.ts'],
          environment: 'jsdom',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/setup/browserServer.ts'],
          // A production build runs before the first browser test; each test drives a real page.
          hookTimeout: 180_000,
          testTimeout: 60_000,
        },
      },
    ],
  },
}));
