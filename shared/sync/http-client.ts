import type { MultiplexedStreamEvent, PullResponse, PushResponse, PushRow, StreamEvent, SyncCheckpoint, SyncDocument } from './protocol';

/**
 * The desk's side of the HTTP protocol, as plain functions RxDB's replicateRxCollection can use
 * as pull.handler / push.handler, and a stream opener the renderer wraps in an Observable for
 * pull.stream$. fetch and the EventSource constructor are passed in: the renderer uses the
 * browser's, Node tests use the `eventsource` package (Node 24 has no global EventSource).
 */

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** The part of the EventSource interface the client uses. */
export type EventSourceLike = {
  onmessage: ((event: { data: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  onopen: ((event: unknown) => void) | null;
  close(): void;
};

export type EventSourceFactory = (url: string, token: string) => EventSourceLike;

export type SyncClientOptions = {
  /** e.g. 'https://sync.example.org' (no trailing slash needed) */
  baseUrl: string;
  token: string;
  collection: string;
  fetch: FetchLike;
};

/** A non-2xx answer, with the server's JSON error code when it sent one. */
export class SyncHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SyncHttpError';
  }
}

function endpoint(options: SyncClientOptions, action: string): string {
  return `${options.baseUrl.replace(/\/+$/, '')}/sync/${encodeURIComponent(options.collection)}/${action}`;
}

async function ensureOk(response: Response): Promise<Response> {
  if (response.ok) return response;
  let code = `http.${response.status}`;
  let message = response.statusText;
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    code = body.error?.code ?? code;
    message = body.error?.message ?? message;
  } catch {
    // Not JSON (a proxy's page): keep the status.
  }
  throw new SyncHttpError(response.status, code, message);
}

/**
 * Pulls and pushes carry personal data: never into the browser's HTTP disk cache, where it would
 * sit in plaintext beside the encrypted database (policy 6b). The server says no-store too.
 */
const NO_STORE = { cache: 'no-store' } as const satisfies RequestInit;

export function createSyncClient(options: SyncClientOptions) {
  const headers = { authorization: `Bearer ${options.token}` };
  return {
    /** `countRemaining`: the answer also says how many documents remain (the first pull of a session asks). */
    async pull(checkpoint: SyncCheckpoint | undefined, batchSize: number, countRemaining = false): Promise<PullResponse> {
      const url = `${endpoint(options, 'pull')}?checkpoint=${checkpoint?.seq ?? 0}&limit=${batchSize}${countRemaining ? '&remaining=1' : ''}`;
      const response = await ensureOk(await options.fetch(url, { ...NO_STORE, headers }));
      return (await response.json()) as PullResponse;
    },
    async push(rows: PushRow[]): Promise<PushResponse> {
      const response = await ensureOk(
        await options.fetch(endpoint(options, 'push'), {
          ...NO_STORE,
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(rows),
        }),
      );
      return (await response.json()) as SyncDocument[];
    },
    /**
     * Opens the change stream; `onEvent` gets 'RESYNC' on every (re)connect and change batches
     * in between. EventSource reconnects by itself; each reconnect brings a new 'RESYNC' from
     * the server, so nothing missed while away is lost. Returns the closer.
     */
    openStream(openEventSource: EventSourceFactory, onEvent: (event: StreamEvent) => void, onError?: (error: unknown) => void): () => void {
      const source = openEventSource(endpoint(options, 'stream'), options.token);
      source.onmessage = (message) => {
        onEvent(message.data === 'RESYNC' ? 'RESYNC' : (JSON.parse(message.data) as PullResponse));
      };
      source.onerror = (error) => onError?.(error);
      return () => source.close();
    },
  };
}

export type SyncClient = ReturnType<typeof createSyncClient>;

/**
 * One stream for several collections (GET /sync/stream): a browser allows only 6 HTTP/1.1
 * connections per server, so a desk with more collections than that must not hold one stream
 * each. `onEvent` gets RESYNC for every collection on each (re)connect. Returns the closer.
 */
export function openMultiplexedStream(
  options: { baseUrl: string; token: string; collections: readonly string[] },
  openEventSource: EventSourceFactory,
  onEvent: (collection: string, event: StreamEvent) => void,
  onError?: (error: unknown) => void,
): () => void {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/sync/stream?collections=${options.collections.map(encodeURIComponent).join(',')}`;
  const source = openEventSource(url, options.token);
  source.onmessage = (message) => {
    const { collection, event } = JSON.parse(message.data) as MultiplexedStreamEvent;
    onEvent(collection, event);
  };
  source.onerror = (error) => onError?.(error);
  return () => source.close();
}
