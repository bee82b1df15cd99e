/**
 * The browser transport of the app (browser-transport.ts) with a meter on fetch: time from the
 * request to the whole body read (server + network), bytes and request count. The body is read
 * here and handed on as a new Response, so the client's own response.json() is all that is
 * left to the desk (its JSON parse is counted with the desk's time, not the network's).
 */
import { browserTransport } from '../../renderer/src/sync/browser-transport';
import type { SyncTransport } from '../../renderer/src/sync/replicate-collection';

export type TransportMeter = { requests: number; fetchMs: number; bytes: number; firstAt: number; lastAt: number };

export function meteredTransport(): { transport: SyncTransport; meter: TransportMeter } {
  const base = browserTransport();
  const meter: TransportMeter = { requests: 0, fetchMs: 0, bytes: 0, firstAt: 0, lastAt: 0 };
  const transport: SyncTransport = {
    openEventSource: base.openEventSource,
    async fetch(input, init) {
      const t0 = performance.now();
      if (meter.requests === 0) meter.firstAt = t0;
      const response = await base.fetch(input, init);
      const body = await response.arrayBuffer();
      const t1 = performance.now();
      meter.requests += 1;
      meter.fetchMs += t1 - t0;
      meter.bytes += body.byteLength;
      meter.lastAt = t1;
      return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    },
  };
  return { transport, meter };
}
