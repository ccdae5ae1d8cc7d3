/**
 * The fitting worker: reads a user's file and fits the customer-base models off the page's main
 * thread, so the page stays responsive while a large file is fitted; it also simulates the demo
 * shop. The file never leaves it: the worker makes no request. An unexpected error comes back as
 * a sentence in the reply.
 */
import { DEMO_CALIBRATION_END, demoShopCsv } from '../analysis/demo/demoShop.ts';
import { fitFile, onScreen, predictionsOfFit, type FileFit, type FitOptions } from '../analysis/fitFile.ts';
import { previewOf } from '../analysis/import/transactions.ts';
import type { FitOutcome, FitReply, FitRequest, PredictionsReply } from './fitProtocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** The latest fit, whole: its predictions are made here, where its customers are. */
let latest: { id: number; fit: FileFit } | null = null;

/** The fits of `text` as the page shows them, or why there are none; the whole fit is kept as `latest`. */
function fitted(id: number, text: string, options: FitOptions): FitOutcome {
  const preview = previewOf(text);
  latest = null;
  try {
    const fit = fitFile(text, options);
    if (!fit.ok) return { preview, ok: false, error: fit.error };
    latest = { id, fit: fit.value };
    return { preview, ok: true, fit: onScreen(fit.value) };
  } catch (error) {
    return { preview, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The predictions of the fit that request `fitId` made, if it is still the latest. */
function predictions(id: number, fitId: number, horizon: number): PredictionsReply {
  if (latest?.id !== fitId) return { id, ok: false, error: 'the fit was replaced by a newer one' };
  const csv = predictionsOfFit(latest.fit, horizon);
  return csv === null ? { id, ok: false, error: 'a cohort table has no customers to predict' } : { id, ok: true, csv };
}

scope.onmessage = (event: MessageEvent<FitRequest>) => {
  const request = event.data;
  if ('predictionsOf' in request) {
    scope.postMessage(predictions(request.id, request.predictionsOf, request.horizon));
  } else if ('demoSeed' in request) {
    const demo = { text: demoShopCsv(request.demoSeed), options: { calibrationEnd: DEMO_CALIBRATION_END } };
    const reply: FitReply = { id: request.id, demo, ...fitted(request.id, demo.text, demo.options) };
    scope.postMessage(reply);
  } else {
    const reply: FitReply = { id: request.id, ...fitted(request.id, request.text, request.options) };
    scope.postMessage(reply);
  }
};
