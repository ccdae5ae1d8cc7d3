/**
 * A Vite plugin that writes the static site's Content-Security-Policy (csp.ts) into the built
 * `index.html`. Only `vite build` gets it: Vite's development server injects inline scripts and
 * `<style>` elements for hot reloading, which the policy would refuse, so `npm run dev` runs with
 * no policy, and the tests and `npm run preview` check the built page, which is what a host serves.
 */
import type { Plugin } from 'vite';
import { servedPolicy, withPolicy } from './csp.ts';

export function servedCsp(): Plugin {
  return {
    name: 'retention-lab:served-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => withPolicy(html, servedPolicy()),
    },
  };
}
