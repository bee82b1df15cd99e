/**
 * A revoked desk must push nothing further (policy 3.6b: a lost desk writes no more data): the server answers every request of a
 * revoked desk with 403 desk.revoked and the wipe header. This wraps the desk's transport so the
 * first such answer closes a latch: from then on every request fails here, before the network,
 * whatever replication or retry asks for it. A stream that fails (a browser EventSource cannot
 * see the status of a refused reconnect) is followed by one probe request, so a desk that only
 * listens still learns it was revoked when it connects again.
 */
import { WIPE_HEADER } from '@shared/accounts/claims';
import { SyncHttpError, type EventSourceFactory, type EventSourceLike, type FetchLike } from '@shared/sync/http-client';
import type { SyncTransport } from './replicate-collection';

export const DESK_REVOKED = 'desk.revoked';

export type RevocationGuard = {
  transport: SyncTransport;
  isRevoked(): boolean;
};

const PROBE_INTERVAL_MS = 5_000;

function refusedLocally(): SyncHttpError {
  return new SyncHttpError(403, DESK_REVOKED, 'This desk has been revoked');
}

async function saysRevoked(response: Response): Promise<boolean> {
  if (response.status !== 403) return false;
  if (response.headers.get(WIPE_HEADER) === '1') return true;
  // A proxy may drop an unknown header; the body says it too.
  try {
    const body = (await response.clone().json()) as { error?: { code?: string } };
    return body.error?.code === DESK_REVOKED;
  } catch {
    return false;
  }
}

export function guardRevocation(inner: SyncTransport, options: { serverUrl: string; token: string; onRevoked(): void; now?: () => number }): RevocationGuard {
  const now = options.now ?? Date.now;
  let revoked = false;
  let lastProbe = -Infinity;

  const fetch: FetchLike = async (input, init) => {
    if (revoked) throw refusedLocally();
    const response = await inner.fetch(input, init);
    if (!revoked && (await saysRevoked(response))) {
      revoked = true;
      options.onRevoked();
    }
    return response;
  };

  function probe(): void {
    if (revoked || now() - lastProbe < PROBE_INTERVAL_MS) return;
    lastProbe = now();
    // The desk keys route answers any desk or staff token: a small request whose only use here
    // is its status. Unreachable servers just fail; the next stream error probes again.
    fetch(`${options.serverUrl.replace(/\/+$/, '')}/desks/keys`, { cache: 'no-store', headers: { authorization: `Bearer ${options.token}` } }).then(
      (response) => response.body?.cancel().catch(() => undefined),
      () => undefined,
    );
  }

  const openEventSource: EventSourceFactory = (url, token) => {
    const adapter: EventSourceLike = { onmessage: null, onerror: null, onopen: null, close: () => undefined };
    // A revoked desk opens nothing: the stream it is handed never speaks.
    if (revoked) return adapter;
    const source = inner.openEventSource(url, token);
    adapter.close = () => source.close();
    source.onmessage = (event) => {
      if (!revoked) adapter.onmessage?.(event);
    };
    source.onopen = (event) => adapter.onopen?.(event);
    source.onerror = (event) => {
      probe();
      adapter.onerror?.(event);
    };
    return adapter;
  };

  return { transport: { fetch, openEventSource }, isRevoked: () => revoked };
}
