import { describe, expect, it } from 'vitest';
import { createSyncClient } from '@shared/sync/http-client';
import type { PullResponse } from '@shared/sync/protocol';
import { beneficiary, push, TOKEN, type TestServer, withTestServer } from './sync-support/harness';

let server: TestServer;
withTestServer((started) => (server = started));

describe('pull: what remains, when asked', () => {
  it("counts the collection's documents after the checkpoint (this page's included) only when asked", async () => {
    const ids = Array.from({ length: 25 }, (_, i) => `remaining-${String(i).padStart(2, '0')}`);
    const rows = ids.map((id, i) => ({ newDocumentState: beneficiary(id, { nationalId: String(2_200_000_000 + i) }) }));
    expect((await push(server, 'beneficiaries', rows)).status).toBe(200);

    const first = (await (await server.fetch('/sync/beneficiaries/pull?checkpoint=0&limit=10&remaining=1')).json()) as PullResponse;
    expect(first.documents).toHaveLength(10);
    expect(first.remaining).toBe(25);
    const plain = (await (await server.fetch(`/sync/beneficiaries/pull?checkpoint=${first.checkpoint.seq}&limit=10`)).json()) as PullResponse;
    expect(plain.documents).toHaveLength(10);
    expect('remaining' in plain).toBe(false);

    // The desk's client asks on request: from the second page's checkpoint, 5 remain.
    const client = createSyncClient({ baseUrl: server.url, token: TOKEN, collection: 'beneficiaries', fetch: (input, init) => fetch(input, init) });
    const third = await client.pull(plain.checkpoint, 10, true);
    expect(third.documents.map((doc) => doc.id)).toEqual(ids.slice(20));
    expect(third.remaining).toBe(5);
    expect((await client.pull(third.checkpoint, 10, true)).remaining).toBe(0);
    expect((await client.pull(third.checkpoint, 10)).remaining).toBeUndefined();
  });
});
