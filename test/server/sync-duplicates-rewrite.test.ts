import { describe, expect, it } from 'vitest';
import type { PossibleDuplicate } from '@shared/sync/protocol';
import { beneficiary, push, type TestServer, withTestServer } from './sync-support/harness';

let server: TestServer;
withTestServer((started) => (server = started));

const pairs = async (prefix: string): Promise<string[][]> => ((await (await server.fetch('/duplicates')).json()).duplicates as PossibleDuplicate[])
  .map((d) => d.documentIds).filter((ids) => ids[0]!.startsWith(prefix)).sort();

/**
 * A push records its possible duplicates in the statement that writes it (document-store.ts), which
 * sees the documents as they were before: the pairs must be those of the documents as written.
 */
describe('possible duplicates of a push that rewrites a file', () => {
  it('pairs a file by its new national ID, not the one the same push replaced', async () => {
    const first = beneficiary('r-1', { nationalId: '2077777771' });
    await push(server, 'beneficiaries', [{ newDocumentState: first }, { newDocumentState: beneficiary('r-4', { nationalId: '2077777772' }) }]);
    expect(await pairs('r-')).toEqual([]);

    await push(server, 'beneficiaries', [
      { assumedMasterState: first, newDocumentState: { ...first, nationalId: '2077777772' } },
      { newDocumentState: beneficiary('r-2', { nationalId: '2077777771' }) },
      { newDocumentState: beneficiary('r-3', { nationalId: '2077777772' }) },
    ]);
    // r-2 has the ID r-1 had before this push: no pair. r-1, r-3 and the stored r-4 share the new one.
    expect(await pairs('r-')).toEqual([['r-1', 'r-3'], ['r-1', 'r-4'], ['r-3', 'r-4']]);
  });
});
