import { describe, expect, it } from 'vitest';
import type { SyncDocument } from '@shared/sync/protocol';
import { beneficiary, pullAll, push, type TestServer, TOKEN, withTestServer } from './sync-support/harness';

// Push and pull over HTTP against a real server (PGlite, or PostgreSQL when DATABASE_URL is set).
let server: TestServer;
withTestServer((started) => (server = started));

function audit(id: string, fields: Record<string, unknown> = {}): SyncDocument {
  return {
    id, at: '2026-01-01T08:00:00.000Z', actorId: 'staff-1', action: 'staff.create', entity: 'staff', entityId: 's1',
    fields: ['displayName'], updatedAt: '2026-01-01T08:00:00.000Z', updatedBy: 'staff-1', deskId: 'desk-a', ...fields, _deleted: false,
  };
}

describe('push and pull', () => {
  it('round-trips documents in sequence order with a moving checkpoint', async () => {
    const docs = ['p1', 'p2', 'p3'].map((id) => beneficiary(id, { nationalId: `20000000${id.slice(1)}0` }));
    const response = await push(server, 'beneficiaries', docs.map((newDocumentState) => ({ newDocumentState })));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([]);

    const first = await (await server.fetch('/sync/beneficiaries/pull?checkpoint=0&limit=2')).json();
    expect(first.documents.map((d: SyncDocument) => d.id)).toEqual(['p1', 'p2']);
    expect(first.documents[0]).toEqual(docs[0]);
    const second = await (await server.fetch(`/sync/beneficiaries/pull?checkpoint=${first.checkpoint.seq}&limit=2`)).json();
    expect(second.documents.map((d: SyncDocument) => d.id)).toEqual(['p3']);
    const empty = await (await server.fetch(`/sync/beneficiaries/pull?checkpoint=${second.checkpoint.seq}`)).json();
    expect(empty).toEqual({ documents: [], checkpoint: second.checkpoint });
  });

  it('returns the master state when the assumed state is stale, and writes nothing', async () => {
    const base = beneficiary('c1', { nationalId: '3000000001' });
    await push(server, 'beneficiaries', [{ newDocumentState: base }]);
    const master = { ...base, city: 'جدة' };
    expect(await (await push(server, 'beneficiaries', [{ assumedMasterState: base, newDocumentState: master }])).json()).toEqual([]);

    // A second desk still believes `base` is the master.
    const stale = { ...base, city: 'مكة المكرمة' };
    const conflicts = await (await push(server, 'beneficiaries', [{ assumedMasterState: base, newDocumentState: stale }])).json();
    expect(conflicts).toEqual([master]);
    // Without any assumed state against an existing document: also a conflict.
    expect(await (await push(server, 'beneficiaries', [{ newDocumentState: stale }])).json()).toEqual([master]);
    expect((await pullAll(server, 'beneficiaries')).find((d) => d.id === 'c1')).toEqual(master);
  });

  it('accepts an assumed state that equals the master up to key order', async () => {
    const base = beneficiary('k1', { nationalId: '3000000002' });
    await push(server, 'beneficiaries', [{ newDocumentState: base }]);
    const reordered = Object.fromEntries(Object.entries(base).reverse()) as SyncDocument;
    const next = { ...base, notes: 'يحتاج زيارة' };
    expect(await (await push(server, 'beneficiaries', [{ assumedMasterState: reordered, newDocumentState: next }])).json()).toEqual([]);
  });

  it('treats a replayed push as harmless: no conflict, no new sequence', async () => {
    const base = beneficiary('r1', { nationalId: '3000000003' });
    const rows = [{ newDocumentState: base }];
    await push(server, 'beneficiaries', rows);
    const next = { ...base, city: 'الدمام' };
    const update = [{ assumedMasterState: base, newDocumentState: next }];
    expect(await (await push(server, 'beneficiaries', update)).json()).toEqual([]);
    const before = (await (await server.fetch('/metrics')).json()).lastSequence;
    // The desk did not hear the answer and sends the same batch again, twice.
    expect(await (await push(server, 'beneficiaries', update)).json()).toEqual([]);
    expect(await (await push(server, 'beneficiaries', update)).json()).toEqual([]);
    expect((await (await server.fetch('/metrics')).json()).lastSequence).toBe(before);
    expect((await pullAll(server, 'beneficiaries')).find((d) => d.id === 'r1')).toEqual(next);
  });

  it('stores deletes as tombstones that pull hands out', async () => {
    const base = beneficiary('d1', { nationalId: '3000000004' });
    await push(server, 'beneficiaries', [{ newDocumentState: base }]);
    await push(server, 'beneficiaries', [{ assumedMasterState: base, newDocumentState: { ...base, _deleted: true } }]);
    expect((await pullAll(server, 'beneficiaries')).find((d) => d.id === 'd1')?._deleted).toBe(true);
  });

  it('never changes an append-only document, and says so with the master state', async () => {
    const entry = audit('a-1');
    await push(server, 'audit', [{ newDocumentState: entry }]);
    const tampered = { ...entry, action: 'staff.delete' };
    expect(await (await push(server, 'audit', [{ assumedMasterState: entry, newDocumentState: tampered }])).json()).toEqual([entry]);
    expect(await (await push(server, 'audit', [{ newDocumentState: entry }])).json()).toEqual([]);
  });

  it('refuses the whole batch on one schema-invalid row, naming it, and writes nothing', async () => {
    const before = await pullAll(server, 'beneficiaries');
    const good = beneficiary('v1', { nationalId: '3000000005' });
    const bad = { ...beneficiary('v2'), nationalId: 12345 } as unknown as SyncDocument;
    const response = await push(server, 'beneficiaries', [{ newDocumentState: good }, { newDocumentState: bad }]);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toMatchObject({ code: 'push.schema-invalid', row: 1 });
    expect(body.error.message).toContain('nationalId');
    const extra = { ...beneficiary('v3'), surprise: true } as SyncDocument;
    expect((await (await push(server, 'beneficiaries', [{ newDocumentState: extra }])).json()).error.code).toBe('push.schema-invalid');
    expect(await pullAll(server, 'beneficiaries')).toEqual(before);
  });

  it('answers bad requests with clear JSON errors', async () => {
    const codeOf = async (response: Response) => [response.status, (await response.json()).error.code];
    expect(await codeOf(await server.fetch('/sync/nothing/pull'))).toEqual([404, 'sync.unknown-collection']);
    expect(await codeOf(await push(server, 'nothing', []))).toEqual([404, 'sync.unknown-collection']);
    expect(await codeOf(await server.fetch('/sync/audit/pull?checkpoint=-1'))).toEqual([400, 'pull.bad-checkpoint']);
    expect(await codeOf(await server.fetch('/sync/audit/pull?limit=100000'))).toEqual([400, 'pull.bad-limit']);
    const notJson = await server.fetch('/sync/audit/push', { method: 'POST', body: '{oops' });
    expect(await codeOf(notJson)).toEqual([400, 'push.invalid-json']);
    expect(await codeOf(await server.fetch('/sync/audit/push', { method: 'POST', body: '{}' }))).toEqual([400, 'push.not-an-array']);
    expect(await codeOf(await push(server, 'audit', [{ newDocumentState: { id: 'x' } } as never]))).toEqual([400, 'push.row-shape']);
    const huge = JSON.stringify([{ newDocumentState: { ...audit('big'), fields: ['x'.repeat(6 * 1024 * 1024)] } }]);
    expect(await codeOf(await server.fetch('/sync/audit/push', { method: 'POST', body: huge }))).toEqual([413, 'push.too-large']);
  });

  it('requires the bearer token everywhere but /health', async () => {
    expect((await fetch(`${server.url}/sync/audit/pull`)).status).toBe(401);
    expect((await fetch(`${server.url}/sync/audit/pull`, { headers: { authorization: 'Bearer wrong-token' } })).status).toBe(401);
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${server.url}/duplicates`)).status).toBe(401);
    expect((await fetch(`${server.url}/sync/audit/pull`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    expect((await fetch(`${server.url}/sync/audit/pull?access_token=${TOKEN}`)).status).toBe(401);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });
});
