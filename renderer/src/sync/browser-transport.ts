/**
 * The browser's fetch and EventSource. A browser EventSource cannot send an Authorization
 * header, so the stream takes the token as `?access_token=` (the server accepts it on the
 * stream endpoint only); pulls and pushes send the header.
 * Nothing the sync server answers goes into the HTTP disk cache (policy 6b): its answers hold
 * personal data in plaintext, which the encrypted database must not have beside it.
 */
import type { EventSourceFactory, EventSourceLike } from '@shared/sync/http-client';
import type { SyncTransport } from './replicate-collection';

/** The part of an EventSource the client sets and calls; the browser's and the `eventsource` package's both fit. */
type EventSourceInstance = {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  onopen: ((event: Event) => void) | null;
  close(): void;
};
type EventSourceConstructor = new (url: string) => EventSourceInstance;

export function queryTokenEventSource(EventSourceClass: EventSourceConstructor): EventSourceFactory {
  return (url, token) => {
    const source = new EventSourceClass(`${url}${url.includes('?') ? '&' : '?'}access_token=${encodeURIComponent(token)}`);
    const adapter: EventSourceLike = { onmessage: null, onerror: null, onopen: null, close: () => source.close() };
    source.onmessage = (event) => adapter.onmessage?.({ data: String(event.data) });
    source.onerror = (event) => adapter.onerror?.(event);
    source.onopen = (event) => adapter.onopen?.(event);
    return adapter;
  };
}

export function browserTransport(): SyncTransport {
  return {
    fetch: (input, init) => window.fetch(input, { ...init, cache: 'no-store' }),
    openEventSource: queryTokenEventSource(window.EventSource),
  };
}
