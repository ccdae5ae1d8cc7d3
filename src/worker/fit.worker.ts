/**
 * The fitting worker: reads a user's file and fits the customer-base models off the page's main
 * thread, so the page stays responsive while a large file is fitted; it also simulates the demo
 * shop. The file never leaves it: the worker makes no request. An unexpected error comes back as
 * a sentence in the reply.
 */
import { DEMO_CALIBRATION_END, demoShopCsv } from '../analysis/demo/demoShop.ts';
import { fitFile, type FitOptions } from '../analysis/fitFile.ts';
import { previewOf } from '../analysis/import/transactions.ts';
import type { FitOutcome, FitReply, FitRequest } from './fitProtocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** The fits of `text`, or why there are none. */
function fitted(text: string, options: FitOptions): FitOutcome {
  const preview = previewOf(text);
  try {
    const fit = fitFile(text, options);
    return fit.ok ? { preview, ok: true, fit: fit.value } : { preview, ok: false, error: fit.error };
  } catch (error) {
    return { preview, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

scope.onmessage = (event: MessageEvent<FitRequest>) => {
  const request = event.data;
  if ('demoSeed' in request) {
    const demo = { text: demoShopCsv(request.demoSeed), options: { calibrationEnd: DEMO_CALIBRATION_END } };
    const reply: FitReply = { id: request.id, demo, ...fitted(demo.text, demo.options) };
    scope.postMessage(reply);
  } else {
    const reply: FitReply = { id: request.id, ...fitted(request.text, request.options) };
    scope.postMessage(reply);
  }
};
