/**
 * The state of "Your customers" against a stand-in for the fitting worker: a file above the size
 * limit is refused at once with its size, and nothing is sent to the worker; a chosen file goes to
 * the worker as it is (never read into the page), its progress moves the status from reading to
 * fitting, and only the latest request's answer is shown.
 */
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/analysis/fitFile.ts';
import { CustomerFit } from '../../src/app/state/customerFit.svelte.ts';
import { FitClient } from '../../src/worker/fitClient.ts';
import type { FitRequest } from '../../src/worker/fitProtocol.ts';

/** A worker that records what it is sent and answers when told. */
class StandInWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly sent: FitRequest[] = [];
  postMessage(request: FitRequest): void {
    this.sent.push(request);
  }
  answer(data: unknown): void {
    this.onmessage?.({ data } as MessageEvent);
  }
  terminate(): void {}
}

function setUp() {
  const worker = new StandInWorker();
  const customers = new CustomerFit(new FitClient(() => worker as unknown as Worker));
  return { worker, customers };
}

const preview = { delimiter: ',', names: ['customer', 'date'], width: 2, rows: [] };
const cohortFit = { kind: 'cohort', active: [10, 5, 2], fits: [], survival: { actual: [1, 0.5, 0.2], model: [1, 0.5, 0.25], observed: 2, parameters: { alpha: 1, beta: 1 }, discountRate: 0.1, residualRenewals: 1, newCustomerRenewals: 0.5 } };

describe('CustomerFit', () => {
  it('refuses a file above the limit with its size, sending nothing to the worker', async () => {
    const { worker, customers } = setUp();
    const huge = { name: 'everything.csv', size: MAX_FILE_BYTES + 1024 * 1024 } as File;
    await customers.open(huge);
    expect(customers.status).toBe('failed');
    expect(customers.error).toBe('the file is 513 MB; files up to 512 MB can be read');
    expect(worker.sent).toEqual([]);
  });

  it('hands the file to the worker as it is, reading then fitting as its progress comes, and shows the answer', async () => {
    const { worker, customers } = setUp();
    const file = new File(['customer,date\nA,2024-01-01\n'], 'shop.csv');
    const opened = customers.open(file);
    expect(worker.sent).toHaveLength(1);
    const request = worker.sent[0]!;
    expect('file' in request && request.file).toBe(file);
    expect(customers.status).toBe('reading');
    worker.answer({ id: request.id, progress: 0.5 });
    expect([customers.status, customers.progress]).toEqual(['reading', 0.5]);
    worker.answer({ id: request.id, progress: 1 });
    expect(customers.status).toBe('fitting');
    worker.answer({ id: request.id, preview, ok: true, fit: cohortFit });
    await opened;
    expect(customers.status).toBe('done');
    expect(customers.fit).toEqual(cohortFit);
  });

  it('shows only the latest request’s answer when choices change while a fit runs', async () => {
    const { worker, customers } = setUp();
    const first = customers.refit({ summaryUnit: 'weeks' });
    const second = customers.refit({ summaryUnit: 'days' });
    const [older, newer] = worker.sent;
    worker.answer({ id: newer!.id, preview, ok: false, error: 'the newer answer' });
    worker.answer({ id: older!.id, preview, ok: true, fit: cohortFit });
    await Promise.all([first, second]);
    expect([customers.status, customers.error, customers.fit]).toEqual(['failed', 'the newer answer', null]);
  });
});
