import { EventSource } from 'eventsource';
import { NEVER } from 'rxjs';
import type { RxCollection } from 'rxdb/plugins/core';
import { expect } from 'vitest';
import type { JsonDoc } from '../../renderer/src/db/database';
import { createBackoffGate } from '../../renderer/src/sync/backoff-gate';
import { queryTokenEventSource } from '../../renderer/src/sync/browser-transport';
import { replicateCollection, type CollectionReplication } from '../../renderer/src/sync/replicate-collection';
import type { FetchLike } from '../../shared/sync/http-client';
import { beneficiary, push, TOKEN, type TestServer } from '../server/sync-support/harness';

/** `count` beneficiaries on the server, ids and national IDs numbered from 0 (the first pulls' fixtures). */
export async function seedBeneficiaries(server: TestServer, count: number): Promise<void> {
  const docs = Array.from({ length: count }, (_, i) => beneficiary(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, { nationalId: `1${String(i).padStart(9, '0')}` }));
  for (let i = 0; i < docs.length; i += 500) {
    const response = await push(server, 'beneficiaries', docs.slice(i, i + 500).map((doc) => ({ newDocumentState: doc })));
    expect(await response.json()).toEqual([]);
  }
}

/** The desk's replication of its beneficiaries from `server`, live, each request through `fetch`. */
export function replicateBeneficiaries(collection: RxCollection<JsonDoc>, server: TestServer, fetch: FetchLike): CollectionReplication {
  return replicateCollection({
    name: 'beneficiaries',
    collection,
    serverUrl: server.url,
    token: TOKEN,
    transport: { fetch, openEventSource: queryTokenEventSource(EventSource) },
    gate: createBackoffGate({ baseMs: 50 }),
    stream$: NEVER,
    onSuccess: () => undefined,
    onFailure: () => undefined,
    keepLocal: () => false,
  });
}
