/**
 * The screen's side of the dashboard worker: one worker per opening of the dashboard (closed with
 * it), requests answered in order by id.
 */
import type { Dashboard, DashboardData, DashboardQuery } from '@shared/dashboard/compute';
import type { SheetSpec } from './workbook';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

type Ok = Extract<WorkerResponse, { ok: true }>;
// Distributes Omit over the union, so each request keeps its own fields.
type Body<R> = R extends unknown ? Omit<R, 'id'> : never;

export type DashboardClient = {
  load: (data: DashboardData) => Promise<void>;
  compute: (query: DashboardQuery) => Promise<{ dashboard: Dashboard; ms: number }>;
  xlsx: (sheets: SheetSpec[], creator: string, created: Date) => Promise<{ bytes: ArrayBuffer; ms: number }>;
  close: () => void;
};

export function createDashboardClient(): DashboardClient {
  const worker = new Worker(new URL('./dashboard-worker.ts', import.meta.url), { type: 'module', name: 'wasl-dashboard' });
  const pending = new Map<number, { resolve: (response: Ok) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
    const waiting = pending.get(event.data.id);
    if (!waiting) return;
    pending.delete(event.data.id);
    if (event.data.ok) waiting.resolve(event.data);
    else waiting.reject(new Error(`Dashboard worker failed: ${event.data.message}`));
  });
  worker.addEventListener('error', (event) => {
    for (const { reject } of pending.values()) reject(new Error(`Dashboard worker error: ${event.message || 'failed to start'}`));
    pending.clear();
  });
  const send = (request: Body<WorkerRequest>): Promise<Ok> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });
  return {
    load: async (data) => void (await send({ type: 'load', data })),
    compute: async (query) => {
      const response = await send({ type: 'compute', query });
      if (response.type !== 'compute') throw new Error('Dashboard worker answered the wrong request');
      return { dashboard: response.dashboard, ms: response.ms };
    },
    xlsx: async (sheets, creator, created) => {
      const response = await send({ type: 'xlsx', sheets, creator, created });
      if (response.type !== 'xlsx') throw new Error('Dashboard worker answered the wrong request');
      return { bytes: response.bytes, ms: response.ms };
    },
    close: () => worker.terminate(),
  };
}
