import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushRow } from '@shared/sync/protocol';
import { beneficiaryDoc, moved, pushAs, registerTestDesk, requestDoc, staffOn, startAuthServer, type AuthServer, type Staff, type TestDesk } from './accounts-support';

/**
 * Policy 6b: a pushed document names as its author (updatedBy) and creator (createdBy) the pushing
 * account or a colleague who signed in on the same desk (the shared reception desk), never just any
 * account. A forged name is refused with 403, audited, and nothing of the batch is stored.
 */
let auth: AuthServer;
let deskA: TestDesk;
let receptionist: Staff;
let colleague: Staff;
/** Signed in on desk B only: desk A may not name them. */
let far: Staff;
beforeAll(async () => {
  auth = await startAuthServer();
  deskA = await registerTestDesk(auth, 'AUTA');
  const deskB = await registerTestDesk(auth, 'AUTB');
  receptionist = await staffOn(auth, deskA, ['receptionist']);
  colleague = await staffOn(auth, deskA, ['receptionist']);
  far = await staffOn(auth, deskB, ['receptionist']);
});
afterAll(() => auth.close());

type Entry = { id: number; action: string; actor_id: string | null; desk_id: string | null; code: string | null };
const readAudit = async () => ((await (await auth.call('/audit?limit=1000', { token: auth.adminToken })).json()) as { entries: Entry[] }).entries;
const lastAuditId = async () => Math.max(0, ...(await readAudit()).map((entry) => entry.id));

async function expectRefused(collection: string, rows: PushRow[]): Promise<void> {
  const since = await lastAuditId();
  const response = await pushAs(auth, receptionist.token, collection, rows);
  expect(response.status).toBe(403);
  expect(((await response.json()) as { error: { code: string } }).error.code).toBe('push.not-own-author');
  const audited = (await readAudit()).filter((entry) => entry.id > since && entry.code === 'push.not-own-author');
  expect(audited).toMatchObject([{ action: 'request.refused', actor_id: receptionist.id, desk_id: deskA.deskId }]);
  const ids = rows.map((row) => row.newDocumentState.id);
  expect(await auth.server.db.query('SELECT id FROM documents WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb))', [JSON.stringify(ids)])).toEqual([]);
}

describe('authorship of pushed documents', () => {
  it('a file whose updatedBy names an account that never signed in on this desk: 403, audited, nothing stored', async () => {
    const own = beneficiaryDoc(deskA.deskId, receptionist.id);
    // The whole batch is refused, the honest row with it.
    await expectRefused('beneficiaries', [{ newDocumentState: own }, { newDocumentState: beneficiaryDoc(deskA.deskId, far.id) }]);
  });

  it('a request whose createdBy names another desk\'s account: 403, audited, nothing stored', async () => {
    await expectRefused('requests', [{ newDocumentState: requestDoc(deskA.deskId, receptionist.id, { createdBy: far.id }) }]);
  });

  it('an edit that puts a change under another account\'s name is refused', async () => {
    const file = beneficiaryDoc(deskA.deskId, receptionist.id);
    expect((await pushAs(auth, receptionist.token, 'beneficiaries', [{ newDocumentState: file }])).status).toBe(200);
    const since = await lastAuditId();
    const response = await pushAs(auth, receptionist.token, 'beneficiaries', [moved(file, { city: 'جدة', updatedBy: far.id })]);
    expect(response.status).toBe(403);
    expect((await readAudit()).some((entry) => entry.id > since && entry.code === 'push.not-own-author')).toBe(true);
    const [stored] = await auth.server.db.query<{ data: { city: string } }>('SELECT data FROM documents WHERE id = $1', [file.id]);
    expect(stored?.data.city).toBe(file.city);
  });

  it('the shared reception desk: a colleague who signed in on this desk may be named, as author and creator', async () => {
    const file = beneficiaryDoc(deskA.deskId, colleague.id);
    const request = requestDoc(deskA.deskId, colleague.id);
    expect((await pushAs(auth, receptionist.token, 'beneficiaries', [{ newDocumentState: file }])).status).toBe(200);
    expect((await pushAs(auth, receptionist.token, 'requests', [{ newDocumentState: request }])).status).toBe(200);
  });

  it('names the desk only kept are no claim: another desk\'s creator on an edit, the stored author in a merged write', async () => {
    const request = requestDoc(far.desk.deskId, far.id);
    expect((await pushAs(auth, far.token, 'requests', [{ newDocumentState: request }])).status).toBe(200);
    // Edited on desk A: createdBy stays the other desk's account, updatedBy is the editor.
    const edited = moved(request, { notes: 'أُكملت الأوراق', updatedBy: receptionist.id });
    expect((await pushAs(auth, receptionist.token, 'requests', [edited])).status).toBe(200);
    // A merge that kept the stored side's author (three-way-merge keeps an unchanged field's other value).
    expect((await pushAs(auth, colleague.token, 'requests', [moved(edited.newDocumentState, { notes: 'أُكملت الأوراق كلها' })])).status).toBe(200);
  });
});
