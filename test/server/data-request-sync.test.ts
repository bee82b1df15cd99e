/**
 * Data requests (PDPL) through the real server with real sign-in: opened at reception and pushed (reception's
 * copy then leaves as a tombstone), pulled by management only (a sensitive case), identity-checked and answered by a manager; an answer pushed
 * without the identity check is refused.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, verifyIdentity } from '@shared/data-requests/data-request';
import { openDataRequestCase, withDataRequest } from '@shared/data-requests/data-request-case';
import { COLLECTIONS } from '@shared/db/collections';
import type { SyncDocument } from '@shared/sync/protocol';
import { pullAs, pushAs, registerTestDesk, staffOn, startAuthServer, type AuthServer, type Staff } from './accounts-support';

let auth: AuthServer;
let reception: Staff;
let manager: Staff;

beforeAll(async () => {
  auth = await startAuthServer({ collections: COLLECTIONS });
  reception = await staffOn(auth, await registerTestDesk(auth, 'DRCP'), ['receptionist']);
  manager = await staffOn(auth, await registerTestDesk(auth, 'DMGR'), ['manager']);
}, 120_000);
afterAll(async () => auth?.close());

const push = async (by: Staff, doc: SyncDocument, assumed: SyncDocument | null) => {
  const response = await pushAs(auth, by.token, 'cases', [{ assumedMasterState: assumed, newDocumentState: doc }]);
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as unknown[];
};
const pulled = async (who: Staff, id: string) => (await pullAs(auth, who.token, 'cases')).filter((doc) => doc.id === id);

describe('a data request on the server', () => {
  it('is accepted from reception, reaches management only, and is answered after the identity check', async () => {
    const made = openDataRequestCase({ subKind: 'copy', receivedVia: 'in-person', requester: { kind: 'self', name: '', proof: null }, description: 'نسخة من بياناتي' },
      { id: randomUUID(), caseNumber: 'DRCP-C2026-000001', now: '2026-03-01T08:00:00.000Z', today: '2026-03-01', actorId: reception.id, deskId: reception.desk.deskId, beneficiaryId: randomUUID() });
    if (!made.ok) throw new Error(made.error);
    const id = made.value.id;
    const opened = { ...made.value, _deleted: false } as SyncDocument;
    // Accepted; reception pulls it back as a tombstone (nothing but the id): a sensitive case leaves its view.
    expect(await push(reception, opened, null)).toEqual([]);
    expect(await pulled(reception, id)).toEqual([expect.objectContaining({ id, _deleted: true, caseNumber: '-' })]);
    expect((await pulled(manager, id)).map((doc) => doc.caseNumber)).toEqual(['DRCP-C2026-000001']);

    const by = { actorId: manager.id, deskId: manager.desk.deskId, now: '2026-03-02T08:00:00.000Z' };
    const part = made.value.dataRequest!;
    const skipped = { ...made.value, status: 'closed', dataRequest: { ...part, status: 'answered' as const, answeredAt: by.now } };
    const refused = await pushAs(auth, manager.token, 'cases', [{ assumedMasterState: opened, newDocumentState: { ...skipped, _deleted: false } as SyncDocument }]);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('only after the identity check');

    const checked = verifyIdentity(part, { document: 'national-id', by: manager.id, at: by.now });
    if (!checked.ok) throw new Error(checked.error);
    const verified = { ...withDataRequest(made.value, checked.value, by), _deleted: false } as SyncDocument;
    expect(await push(manager, verified, opened)).toEqual([]);
    const answered = answer(checked.value, { at: by.now });
    if (!answered.ok) throw new Error(answered.error);
    expect(await push(manager, { ...withDataRequest(made.value, answered.value, by), _deleted: false } as SyncDocument, verified)).toEqual([]);
    expect((await pulled(manager, id))[0]).toMatchObject({ status: 'closed', dataRequest: { status: 'answered' } });
  });
});
