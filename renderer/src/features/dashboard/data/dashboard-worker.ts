/**
 * The dashboard's worker: holds the desk's facts once loaded and computes every figure off the UI
 * thread (100,000 requests must not freeze the screen), and builds XLSX files there too.
 */
import { computeDashboard, type DashboardData } from '@shared/dashboard/compute';
import { buildWorkbook } from './workbook';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

let data: DashboardData = { requests: [], cases: [], surveys: [], visits: [], policy: null };

const reply = (response: WorkerResponse, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(response, transfer);

async function handle(request: WorkerRequest): Promise<void> {
  if (request.type === 'load') {
    data = request.data;
    reply({ id: request.id, ok: true, type: 'load' });
  } else if (request.type === 'compute') {
    const started = performance.now();
    const dashboard = computeDashboard(data, request.query);
    reply({ id: request.id, ok: true, type: 'compute', dashboard, ms: performance.now() - started });
  } else {
    const started = performance.now();
    const bytes = await buildWorkbook(request.sheets, request.creator, request.created);
    reply({ id: request.id, ok: true, type: 'xlsx', bytes, ms: performance.now() - started }, [bytes]);
  }
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  handle(event.data).catch((error: unknown) => reply({ id: event.data.id, ok: false, message: error instanceof Error ? error.message : String(error) }));
});
