import { Subject, type Observable } from 'rxjs';
import type { CollectionName } from '@shared/db/collections';
import { openMultiplexedStream } from '@shared/sync/http-client';
import type { StreamEvent } from '@shared/sync/protocol';
import type { SyncTransport } from './replicate-collection';

/** One SSE connection for all collections (a browser has 6 per server), fanned out here. */
export function streamFanout(options: { serverUrl: string; token: string }, names: readonly CollectionName[], transport: SyncTransport) {
  const streams = new Map(names.map((name) => [name as string, new Subject<StreamEvent>()]));
  let closeStream: (() => void) | null = null;
  return {
    stream$: (name: string): Observable<StreamEvent> => (streams.get(name) as Subject<StreamEvent>).asObservable(),
    open() {
      closeStream?.();
      // A new connection brings RESYNC for every collection: whatever changed while away is pulled.
      closeStream = openMultiplexedStream({ baseUrl: options.serverUrl, token: options.token, collections: names }, transport.openEventSource, (collection, event) =>
        streams.get(collection)?.next(event),
      );
    },
    close() {
      closeStream?.();
      closeStream = null;
    },
    complete() {
      for (const stream of streams.values()) stream.complete();
    },
  };
}
