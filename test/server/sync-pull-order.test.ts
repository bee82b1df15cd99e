import { describe, expect, it } from 'vitest';
import type { PullResponse } from '@shared/sync/protocol';
import { beneficiary, push, type TestServer, withTestServer } from './sync-support/harness';

/**
 * Regression found by `npm run bench -- sync`: pull ordered by the text alias of seq ('10' < '9'),
 * so once the sequence grew a digit inside a page the checkpoint jumped past documents that were
 * never sent (100k seeded, a fresh desk got 10,023). Pages must follow the numeric order.
 */
let server: TestServer;
withTestServer((started) => (server = started));

describe('pull order', () => {
  it('pages through sequences of growing digit counts without skipping any document', async () => {
    const ids = Array.from({ length: 120 }, (_, i) => `order-${String(i).padStart(3, '0')}`);
    for (let i = 0; i < ids.length; i += 40) {
      const rows = ids.slice(i, i + 40).map((id, j) => ({ newDocumentState: beneficiary(id, { nationalId: String(2_100_000_000 + i + j) }) }));
      expect((await push(server, 'beneficiaries', rows)).status).toBe(200);
    }
    const seen: string[] = [];
    const seqs: number[] = [];
    let checkpoint = 0;
    for (let page = 0; page < 100; page++) {
      const pulled = (await (await server.fetch(`/sync/beneficiaries/pull?checkpoint=${checkpoint}&limit=7`)).json()) as PullResponse;
      if (pulled.documents.length === 0) break;
      seen.push(...pulled.documents.map((doc) => String(doc.id)));
      checkpoint = pulled.checkpoint.seq;
      seqs.push(checkpoint);
    }
    expect(seen).toEqual(ids);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });
});
