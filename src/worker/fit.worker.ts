/**
 * The fitting worker: reads a user's file and fits the customer-base models off the page's main
 * thread, so the page stays responsive while a large file is read and fitted (the page hands it
 * the file, not the text). A file of transactions is read as a stream, its rows taken in as they
 * come (analysis/fitChunks.ts), with the share read told on the way; the file itself is kept for
 * fitting it again with other choices. It also simulates the demo shop. The file never leaves it:
 * the worker makes no request. An unexpected error comes back as a sentence in the reply.
 */
import { DEMO_CALIBRATION_END, demoShopCsv } from '../analysis/demo/demoShop.ts';
import { fitChunks } from '../analysis/fitChunks.ts';
import { onScreen, predictionsOfFit, type FileFit, type FitOptions } from '../analysis/fitFile.ts';
import { previewOf } from '../analysis/import/transactions.ts';
import type { FitOutcome, FitProgress, FitReply, FitRequest, PredictionsReply } from './fitProtocol.ts';
import { loadLocaleData } from './localeData.ts';
import { textChunks, type ReadableFile } from './textChunks.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
loadLocaleData();

/** The latest fit, whole: its predictions are made here, where its customers are. */
let latest: { id: number; fit: FileFit } | null = null;
/** The file read last (or the demo shop's text), for fitting it again with other choices. */
let latestSource: ReadableFile | string | null = null;

/** The fits of `source` as the page shows them, or why there are none; the whole fit is kept as `latest`. */
async function fitted(id: number, source: ReadableFile | string, options: FitOptions): Promise<FitOutcome> {
  latest = null;
  latestSource = source;
  const { preview, fit } = await fitChunks(
    textChunks(source, (progress) => scope.postMessage({ id, progress } satisfies FitProgress)),
    options,
  );
  if (!fit.ok) return { preview, ok: false, error: fit.error };
  latest = { id, fit: fit.value };
  return { preview, ok: true, fit: onScreen(fit.value) };
}

/** The predictions of the fit that request `fitId` made, if it is still the latest. */
function predictions(id: number, fitId: number, horizon: number): PredictionsReply {
  if (latest?.id !== fitId) return { id, ok: false, error: 'the fit was replaced by a newer one' };
  const csv = predictionsOfFit(latest.fit, horizon);
  return csv === null ? { id, ok: false, error: 'a cohort table has no customers to predict' } : { id, ok: true, csv };
}

/** The reply to a request for fits: of a file read here, the last file again, or the demo shop. */
async function fitReply(request: Exclude<FitRequest, { predictionsOf: number }>): Promise<FitReply> {
  const { id } = request;
  if ('file' in request) return { id, ...(await fitted(id, request.file, request.options)) };
  if ('refit' in request) {
    if (latestSource === null) return { id, preview: previewOf(''), ok: false, error: 'no file has been read' };
    return { id, ...(await fitted(id, latestSource, request.refit)) };
  }
  const demo = { text: demoShopCsv(request.demoSeed), options: { calibrationEnd: DEMO_CALIBRATION_END } };
  return { id, demo, ...(await fitted(id, demo.text, demo.options)) };
}

scope.onmessage = async (event: MessageEvent<FitRequest>) => {
  const request = event.data;
  if ('predictionsOf' in request) scope.postMessage(predictions(request.id, request.predictionsOf, request.horizon));
  else {
    let reply: FitReply;
    try {
      reply = await fitReply(request);
    } catch (error) {
      // The file could not be read (it was moved, or the browser refused it).
      reply = { id: request.id, preview: previewOf(''), ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    scope.postMessage(reply);
  }
};
