/**
 * Build and test configuration. The app is a static site with a relative base, so a build works
 * from any sub-path. Tests come in two projects: `unit` (the core, in Node) and `browser` (the
 * built app in Chromium, driven by Playwright). Only the browser project builds and serves the
 * app, and Vitest runs its global setup only when a browser test is selected.
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  base: './',
  // Runes mode everywhere (Svelte 5).
  plugins: [svelte({ compilerOptions: { runes: true } })],
  worker: { format: 'es' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
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
});
