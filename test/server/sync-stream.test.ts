import { describe, expect, it } from 'vitest';
import { createSyncClient } from '@shared/sync/http-client';
import type { PullResponse, StreamEvent } from '@shared/sync/protocol';
import { nodeEventSource } from './sync-support/desk';
import { beneficiary, dropSchema, ON_POSTGRES, push, startTestServer, type TestServer, TOKEN, withTestServer } from './sync-support/harness';

/** Opens the SSE stream of a collection and collects its events. */
function listen(server: TestServer, collection: string) {
  const events: StreamEvent[] = [];
  const client = createSyncClient({ baseUrl: server.url, token: TOKEN, collection, fetch });
  const close = client.openStream(nodeEventSource, (event) => events.push(event));
  return { events, close };
}

async function until(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const idsOf = (events: StreamEvent[]) => events.flatMap((event) => (event === 'RESYNC' ? ['RESYNC'] : (event as PullResponse).documents.map((d) => d.id)));

describe('change stream (SSE)', () => {
  let server: TestServer;
  withTestServer((started) => (server = started));

  it('sends RESYNC on connect, then the writes as they happen, with their checkpoint', async () => {
    const stream = listen(server, 'beneficiaries');
    await until(() => stream.events.length > 0, 'RESYNC');
    expect(stream.events).toEqual(['RESYNC']);
    const metrics = await (await server.fetch('/metrics')).json();
    expect(metrics.openStreams).toBe(1);

    await push(server, 'beneficiaries', [{ newDocumentState: beneficiary('s1', { nationalId: '4000000001' }) }]);
    await push(server, 'beneficiaries', [{ newDocumentState: beneficiary('s2', { nationalId: '4000000002' }) }]);
    await until(() => idsOf(stream.events).length === 3, 'two change events');
    expect(idsOf(stream.events)).toEqual(['RESYNC', 's1', 's2']);
    const last = stream.events.at(-1) as PullResponse;
    const pulled = await (await server.fetch('/sync/beneficiaries/pull?checkpoint=0')).json();
    expect(last.checkpoint).toEqual(pulled.checkpoint);
    stream.close();
  });

  it('only carries its own collection, and another stream gets its own RESYNC', async () => {
    const staffStream = listen(server, 'audit');
    const other = listen(server, 'beneficiaries');
    await until(() => staffStream.events.length === 1 && other.events.length === 1, 'both RESYNCs');
    await push(server, 'beneficiaries', [{ newDocumentState: beneficiary('s3', { nationalId: '4000000003' }) }]);
    await until(() => other.events.length === 2, 'the beneficiary event');
    expect(staffStream.events).toEqual(['RESYNC']);
    staffStream.close();
    other.close();
  });

  it('refuses an unknown collection and a missing token', async () => {
    expect((await server.fetch('/sync/nothing/stream')).status).toBe(404);
    expect((await fetch(`${server.url}/sync/audit/stream`)).status).toBe(401);
    // A browser EventSource cannot send headers: the stream alone takes the token in the query.
    const controller = new AbortController();
    const response = await fetch(`${server.url}/sync/audit/stream?access_token=${TOKEN}`, { signal: controller.signal });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    controller.abort();
  });
});

describe.skipIf(!ON_POSTGRES)('fan-out across server processes (LISTEN/NOTIFY; needs DATABASE_URL: PGlite is one process over one folder)', () => {
  // PGlite is one process over one folder, so two servers cannot share it: PostgreSQL only.
  it('a write through one server reaches the streams of another server on the same database', async () => {
    const first = await startTestServer();
    const second = await startTestServer({ databaseSchema: first.schema });
    try {
      const stream = listen(second, 'beneficiaries');
      await until(() => stream.events.length === 1, 'RESYNC');
      await push(first, 'beneficiaries', [{ newDocumentState: beneficiary('f1', { nationalId: '4100000001' }) }]);
      await until(() => idsOf(stream.events).includes('f1'), 'the event on the other server');
      expect(idsOf(stream.events)).toEqual(['RESYNC', 'f1']);
      stream.close();
    } finally {
      await second.close();
      await first.close();
      await dropSchema(first.schema);
    }
  });
});
