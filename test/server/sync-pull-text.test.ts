import { describe, expect, it } from 'vitest';
import { pullDocuments } from '../../server/sync/document-store';
import { beneficiary, push, type TestServer, withTestServer } from './sync-support/harness';

let server: TestServer;
withTestServer((started) => (server = started));

/**
 * A puller that sees every document unchanged gets PostgreSQL's stored JSON text as it is
 * (pullDocumentTexts): the same documents, _deleted and checkpoint as the parsed page.
 */
describe('a pull answered with the stored text', () => {
  it('answers exactly the documents and checkpoint of the parsed page', async () => {
    const kept = beneficiary('t-1', { fullName: 'نورة "بنت" سعد\\الشمري', city: 'أبها' });
    const written = await push(server, 'beneficiaries', [
      { newDocumentState: kept },
      { newDocumentState: beneficiary('t-2', { notes: 'سطر\nوسطر\t"مقتبس" 😀 \u200f' }) },
      { newDocumentState: beneficiary('t-3') },
    ]);
    expect(written.status).toBe(200);
    await push(server, 'beneficiaries', [{ assumedMasterState: beneficiary('t-3'), newDocumentState: { ...beneficiary('t-3'), _deleted: true } }]);
    const response = await server.fetch('/sync/beneficiaries/pull?checkpoint=0&limit=2&remaining=1');
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = await response.text();
    // PostgreSQL's own text (jsonb prints ": " between a key and its value; JSON.stringify does not).
    expect(body).toContain('"id": "t-1"');
    const first = JSON.parse(body);
    const parsed = await pullDocuments(server.db, 'beneficiaries', 0, 2);
    expect(first).toEqual({ ...parsed, remaining: 3 });
    const rest = await (await server.fetch(`/sync/beneficiaries/pull?checkpoint=${first.checkpoint.seq}&limit=10`)).json();
    expect(rest).toEqual(await pullDocuments(server.db, 'beneficiaries', first.checkpoint.seq, 10));
    expect(rest.documents.map((doc: { id: string; _deleted: boolean }) => [doc.id, doc._deleted])).toEqual([['t-3', true]]);
  });
});
