import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planErasure, type PersonRecords } from '@shared/data-rights/anonymise';
import { erasureCatalogEntry, erasureFromCatalog } from '@shared/data-rights/erasure-record';
import { anonymiseRequest } from '@shared/data-rights/anonymise-records';
import { COLLECTIONS } from '@shared/db/collections';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import type { SyncDocument } from '@shared/sync/protocol';
import { AUDIT, CONFLICT, INTERACTION, P, SIGNED_DECLARATION, recordsOf } from '../shared/data-rights-fixtures';
import { pullAs, pushAs, registerTestDesk, requestDoc, staffOn, startAuthServer, type AuthServer, type Staff } from './accounts-support';

/**
 * An erasure (PDPL Art. 18) on the real server (PostgreSQL when DATABASE_URL is set) over real HTTP: desk A
 * holds person P's documents on the server; its administrator erases P (the record first, then the
 * anonymised documents, as ordinary pushes); desk B's pull receives the record and only anonymised
 * documents, the append-only interaction included, while the signed declaration and the audit entry stay.
 */
let auth: AuthServer;
let adminA: Staff;
let adminB: Staff;

beforeAll(async () => {
  auth = await startAuthServer({ collections: COLLECTIONS });
  adminA = await staffOn(auth, await registerTestDesk(auth, 'ERSA'), ['admin']);
  adminB = await staffOn(auth, await registerTestDesk(auth, 'ERSB'), ['admin']);
}, 120_000);
afterAll(async () => { await auth?.close(); });

const COLLECTION_OF: Record<string, string> = { beneficiary: 'beneficiaries' };
/** Written on desk A by its administrator (the server checks every authorship field against the signed-in account). */
const asA = <T extends object>(doc: T): T => {
  const out: Record<string, unknown> = { ...doc, updatedBy: adminA.id, deskId: adminA.desk.deskId };
  for (const field of ['createdBy', 'staffId', 'actorId']) if (field in out) out[field] = adminA.id;
  if (Array.isArray(out.history)) out.history = out.history.map((entry: object) => ({ ...entry, by: adminA.id }));
  return out as T;
};

async function push(collection: string, rows: { assumedMasterState: SyncDocument | null; newDocumentState: SyncDocument }[]): Promise<void> {
  const response = await pushAs(auth, adminA.token, collection, rows);
  expect(response.status, await response.clone().text()).toBe(200);
  expect(await response.json(), collection).toEqual([]);
}

describe('an erasure on one desk reaches the server and another desk', () => {
  it('B pulls the record and the anonymised documents; what is kept stays as it was', async () => {
    // Requests, cases and visits whose histories the server's status rules accept: a draft request with
    // personal checklist values (the status machines are not what this test is about); P's survey answers.
    const request = requestDoc(adminA.desk.deskId, adminA.id, { beneficiaryId: P, notes: 'سارة مريضة', checklist: { 'id-copy': { provided: true, value: '', note: 'هوية سارة', files: [] } } });
    const original = recordsOf(P, { requests: [request as unknown as RequestDoc], cases: [], visits: [], interactions: [INTERACTION], declarations: [SIGNED_DECLARATION], audit: [AUDIT], conflicts: [CONFLICT] });
    const person = Object.fromEntries(Object.entries(original).map(([key, value]) => [key, Array.isArray(value) ? value.map(asA) : asA(value)])) as PersonRecords;
    const stored = new Map<string, SyncDocument>();
    for (const [key, value] of Object.entries(person)) {
      const docs = (Array.isArray(value) ? value : [value]).map((doc) => ({ ...doc, _deleted: false }) as SyncDocument);
      if (docs.length === 0) continue;
      for (const doc of docs) stored.set(String(doc.id), doc);
      await push(COLLECTION_OF[key] ?? key, docs.map((doc) => ({ assumedMasterState: null, newDocumentState: doc })));
    }

    const plan = planErasure(person, { at: '2026-05-01T09:00:00Z', by: adminA.id, deskId: adminA.desk.deskId });
    const record = { beneficiaryId: P, requestId: 'case-data-request-1', at: '2026-05-01T09:00:00Z', by: adminA.id, kept: plan.kept };
    await push('catalog', [{ assumedMasterState: null, newDocumentState: { ...erasureCatalogEntry(record, adminA.desk.deskId), _deleted: false } as SyncDocument }]);
    for (const { collection, doc } of plan.changed) {
      await push(collection, [{ assumedMasterState: stored.get(doc.id) ?? null, newDocumentState: { ...doc, _deleted: false } as SyncDocument }]);
    }

    const pulled = async (collection: string) => (await pullAs(auth, adminB.token, collection)).filter((doc) => doc.beneficiaryId === P || doc.id === P || doc.documentId === P);
    const everything = (await Promise.all(['beneficiaries', 'requests', 'interactions', 'cases', 'surveys', 'visits', 'conflicts'].map(pulled))).flat();
    expect(everything.length).toBe(plan.changed.length);
    expect(JSON.stringify(everything)).not.toContain('سارة');
    expect(JSON.stringify(everything)).not.toContain('+966500000001');
    const [beneficiary] = await pulled('beneficiaries');
    expect(beneficiary).toMatchObject({ gender: 'female', categoryKey: 'orphans', city: 'الرياض' });
    // Kept, unchanged: the signed declaration and the audit entry.
    const declaration = (await pullAs(auth, adminB.token, 'declarations')).find((doc) => doc.id === SIGNED_DECLARATION.id);
    expect(declaration?.snapshot).toEqual(SIGNED_DECLARATION.snapshot);
    expect((await pullAs(auth, adminB.token, 'audit')).find((doc) => doc.id === AUDIT.id)).toMatchObject({ entityId: P, fields: ['nationalId'] });
    const logged = (await pullAs(auth, adminB.token, 'catalog')).find((doc) => doc.kind === 'erasure');
    expect(logged && erasureFromCatalog(logged as never)).toEqual(record);
  });

  it('the erasing desk\'s push of a request whose history held notes is not refused as a rewritten history; a late edit is stored anonymised', async () => {
    const person = 'person-r';
    const request = requestDoc(adminA.desk.deskId, adminA.id, { beneficiaryId: person, notes: 'سارة مريضة' }, [{ from: 'draft', to: 'awaiting-signature', by: adminA.id, note: 'سارة طلبت موعدا' } as never]);
    await push('requests', [{ assumedMasterState: null, newDocumentState: request }]);
    const record = { beneficiaryId: person, requestId: '', at: '2026-05-01T09:00:00Z', by: adminA.id, kept: [] };
    await push('catalog', [{ assumedMasterState: null, newDocumentState: { ...erasureCatalogEntry(record, adminA.desk.deskId), _deleted: false } as SyncDocument }]);
    // The server erased it already; the desk's own anonymised write (reasons and notes cleared) is judged as stored.
    const anonymised = { ...anonymiseRequest(request as unknown as RequestDoc).doc, updatedAt: '2026-05-01T09:00:01Z', _deleted: false } as unknown as SyncDocument;
    await push('requests', [{ assumedMasterState: request, newDocumentState: anonymised }]);
    // A desk that never heard of the erasure moves the request on, from the old state.
    const late = { ...request, notes: 'سارة عادت', updatedAt: '2026-05-02T09:00:00Z' };
    const response = await pushAs(auth, adminA.token, 'requests', [{ assumedMasterState: request, newDocumentState: late }]);
    expect(response.status, await response.clone().text()).toBe(200);
    const stored = (await pullAs(auth, adminB.token, 'requests')).find((doc) => doc.id === request.id);
    expect(JSON.stringify(stored)).not.toContain('سارة');
  });

  it('the server still refuses any other change to an append-only interaction', async () => {
    const doc = { ...asA(INTERACTION), id: 'i-other', _deleted: false } as SyncDocument;
    await push('interactions', [{ assumedMasterState: null, newDocumentState: doc }]);
    const response = await pushAs(auth, adminA.token, 'interactions', [{ assumedMasterState: doc, newDocumentState: { ...doc, summary: 'rewritten' } }]);
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveLength(1);
  });
});
