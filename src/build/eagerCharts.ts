/**
 * V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chrome 136 and later) at the top of
 * the chunk that holds chart.js, in the served build. Why: chart.js's first chart compiled its
 * code on the main thread as it ran, one task of 95–132 ms on "Your customers" (CDP profile of the
 * fit benchmark, 7 December), over the 50 ms bar of issue 12; with the hint the chunk is compiled
 * eagerly while it streams in, off the main thread, and those tasks fell to 64 ms or none.
 * Nearly every function of chart.js runs when a chart is first drawn, so little is compiled in
 * vain. Other engines read the line as a comment. Not in the single file: there the app is one
 * script, and the hint would compile all of it eagerly.
 */
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** Whether a chunk holds chart.js's own modules. */
const holdsChartJs = (moduleIds: readonly string[]) => moduleIds.some((id) => /[\\/]node_modules[\\/]chart\.js[\\/]/.test(id));

export function eagerCharts(): Plugin {
  return {
    name: 'retention-lab-eager-charts',
    apply: 'build',
    // After minification (which would strip the comment): the chunk's final code.
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && holdsChartJs(chunk.moduleIds)) chunk.code = COMPILE_HINT + chunk.code;
      }
    },
  };
}
