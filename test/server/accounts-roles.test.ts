import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncDocument } from '@shared/sync/protocol';
import { auditDoc, beneficiaryDoc, moved, pullAs, pushAs, registerTestDesk, requestDoc, staffOn, startAuthServer, type AuthServer, type Staff, type TestDesk } from './accounts-support';

let auth: AuthServer;
let deskA: TestDesk;
let deskB: TestDesk;
let receptionist: Staff;
let manager: Staff;
let officer: Staff;
let otherOfficer: Staff;
/** A manager who signs in on desk B only: nobody on desk A may push in their name. */
let farManager: Staff;
beforeAll(async () => {
  auth = await startAuthServer();
  deskA = await registerTestDesk(auth, 'ROLA');
  deskB = await registerTestDesk(auth, 'ROLB');
  receptionist = await staffOn(auth, deskA, ['receptionist']);
  manager = await staffOn(auth, deskA, ['manager']);
  officer = await staffOn(auth, deskA, ['follow-up-officer'], ['financial-aid']);
  otherOfficer = await staffOn(auth, deskA, ['follow-up-officer'], ['housing-services']);
  farManager = await staffOn(auth, deskB, ['manager']);
});
afterAll(() => auth.close());

const codeOf = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code;
const move = (from: string, to: string, by: string, extra: Record<string, string> = {}) => ({ from, to, by, ...extra });

/** A request the receptionist took offline and referred before its first push, then under study by `officer`. */
async function requestUnderStudy(): Promise<SyncDocument> {
  const referred = requestDoc(deskA.deskId, receptionist.id, {}, [
    move('draft', 'awaiting-signature', receptionist.id), move('awaiting-signature', 'referred', receptionist.id, { unitId: 'financial-aid' }),
  ]);
  expect((await pushAs(auth, receptionist.token, 'requests', [{ newDocumentState: referred }])).status).toBe(200);
  const studied = { ...referred, status: 'under-study', history: [...(referred.history as object[]), { ...move('referred', 'under-study', officer.id), at: '2026-03-02T09:00:00.000Z' }] };
  expect((await pushAs(auth, officer.token, 'requests', [{ assumedMasterState: referred, newDocumentState: studied }])).status).toBe(200);
  return studied;
}

function decided(base: SyncDocument, by: string, decision = 'approved'): SyncDocument {
  const entry = { ...move('under-study', decision, by, { reason: 'مستوفٍ للشروط' }), decision, at: '2026-03-03T09:00:00.000Z' };
  return { ...base, status: decision, decision, history: [...(base.history as object[]), entry] };
}

describe('push rights and the status machine on the server', () => {
  it('a receptionist cannot approve a decision; a manager can', async () => {
    const base = await requestUnderStudy();
    const refused = await pushAs(auth, receptionist.token, 'requests', [{ assumedMasterState: base, newDocumentState: decided(base, receptionist.id) }]);
    expect(refused.status).toBe(403);
    expect(await codeOf(refused)).toBe('push.transition-role');
    expect((await pullAs(auth, manager.token, 'requests')).find((doc) => doc.id === base.id)?.status).toBe('under-study');
    expect((await pushAs(auth, manager.token, 'requests', [{ assumedMasterState: base, newDocumentState: decided(base, manager.id, 'rejected') }])).status).toBe(200);
  });

  it('a follow-up officer decides only within its unit', async () => {
    const base = await requestUnderStudy();
    expect(await codeOf(await pushAs(auth, otherOfficer.token, 'requests', [moved(base, decided(base, otherOfficer.id))]))).toBe('push.transition-unit');
    expect((await pushAs(auth, officer.token, 'requests', [moved(base, decided(base, officer.id))])).status).toBe(200);
  });

  it('a move is pushed only by whoever made it or from the desk they signed in on; the history only grows, and the status follows it', async () => {
    const base = await requestUnderStudy();
    expect(await codeOf(await pushAs(auth, officer.token, 'requests', [moved(base, decided(base, farManager.id))]))).toBe('push.transition-actor');
    expect(await codeOf(await pushAs(auth, officer.token, 'requests', [moved(base, decided(base, 'never-signed-in'))]))).toBe('push.transition-actor');
    expect(await codeOf(await pushAs(auth, manager.token, 'requests', [moved(base, { status: 'approved' })]))).toBe('push.bad-transition');
    expect(await codeOf(await pushAs(auth, manager.token, 'requests', [moved(base, { history: [] })]))).toBe('push.history-rewritten');
    const skip = { ...base, status: 'closed', history: [...(base.history as object[]), { ...move('under-study', 'closed', manager.id), at: '2026-03-03T09:00:00.000Z' }] };
    expect(await codeOf(await pushAs(auth, manager.token, 'requests', [moved(base, skip)]))).toBe('push.bad-transition');
  });

  it('a new request cannot be pushed already decided, even with a made-up assumed state', async () => {
    const fake = requestDoc(deskA.deskId, receptionist.id, {}, [move('draft', 'awaiting-signature', receptionist.id)]);
    const forged = decided({ ...fake, status: 'under-study', history: [] }, receptionist.id);
    const response = await pushAs(auth, receptionist.token, 'requests', [{ assumedMasterState: { ...fake, status: 'under-study', history: [] }, newDocumentState: forged }]);
    expect(response.status).toBe(403);
  });

  it('collections by role: catalog and staff are the admin\'s; a committee member registers no files', async () => {
    const catalog = { id: 'u1', kind: 'unit', key: 'x', labelAr: 'س', labelEn: 'x', active: true, order: 1, updatedAt: '2026-03-01T08:00:00.000Z', updatedBy: receptionist.id, deskId: deskA.deskId, _deleted: false };
    expect(await codeOf(await pushAs(auth, receptionist.token, 'catalog', [{ newDocumentState: catalog }]))).toBe('push.forbidden');
    const committee = await staffOn(auth, deskA, ['committee-member']);
    expect(await codeOf(await pushAs(auth, committee.token, 'beneficiaries', [{ newDocumentState: beneficiaryDoc(deskA.deskId, committee.id) }]))).toBe('push.forbidden');
    // Deleting a file is the admin's alone.
    const file = beneficiaryDoc(deskA.deskId, receptionist.id);
    expect((await pushAs(auth, receptionist.token, 'beneficiaries', [{ newDocumentState: file }])).status).toBe(200);
    expect(await codeOf(await pushAs(auth, receptionist.token, 'beneficiaries', [moved(file, { _deleted: true })]))).toBe('push.forbidden');
  });

  it('audit entries only from their own actor, documents only as their own desk', async () => {
    expect((await pushAs(auth, receptionist.token, 'audit', [{ newDocumentState: auditDoc(deskA.deskId, receptionist.id) }])).status).toBe(200);
    expect(await codeOf(await pushAs(auth, receptionist.token, 'audit', [{ newDocumentState: auditDoc(deskA.deskId, farManager.id) }]))).toBe('push.not-own-actor');
    expect(await codeOf(await pushAs(auth, receptionist.token, 'beneficiaries', [{ newDocumentState: beneficiaryDoc(deskB.deskId, receptionist.id) }]))).toBe('push.other-desk');
    // Editing a file registered on another desk keeps that desk's id: allowed.
    const onB = await staffOn(auth, deskB, ['receptionist']);
    const file = beneficiaryDoc(deskB.deskId, onB.id);
    await pushAs(auth, onB.token, 'beneficiaries', [{ newDocumentState: file }]);
    expect((await pushAs(auth, receptionist.token, 'beneficiaries', [moved(file, { city: 'جدة', updatedBy: receptionist.id })])).status).toBe(200);
  });
});

describe('a shared desk pushes what each of its staff did, judged by the author', () => {
  it("a colleague's audit entry and decision go up under the session signed in now", async () => {
    // The manager decided and the receptionist opened a file on desk A; the desk pushes later, when the officer is signed in.
    const base = await requestUnderStudy();
    expect((await pushAs(auth, officer.token, 'audit', [{ newDocumentState: auditDoc(deskA.deskId, manager.id) }])).status).toBe(200);
    expect((await pushAs(auth, officer.token, 'requests', [moved(base, { ...decided(base, manager.id, 'rejected'), updatedBy: manager.id })])).status).toBe(200);
    expect((await pullAs(auth, manager.token, 'requests')).find((doc) => doc.id === base.id)?.status).toBe('rejected');
  });

  it("each move keeps its author's limits: a receptionist colleague's approval is refused even from a manager's session", async () => {
    const base = await requestUnderStudy();
    const forged = { ...decided(base, receptionist.id), updatedBy: receptionist.id };
    expect(await codeOf(await pushAs(auth, manager.token, 'requests', [moved(base, forged)]))).toBe('push.transition-role');
    // A colleague's file edit is judged with the colleague's rights: a follow-up officer may not create files.
    expect(await codeOf(await pushAs(auth, manager.token, 'beneficiaries', [{ newDocumentState: beneficiaryDoc(deskA.deskId, officer.id) }]))).toBe('push.forbidden');
  });

  it('an account deactivated since counts at once: its pending entries are refused', async () => {
    const leaver = await staffOn(auth, deskA, ['receptionist']);
    const entry = auditDoc(deskA.deskId, leaver.id);
    expect((await auth.call(`/accounts/${leaver.id}`, { method: 'PATCH', token: auth.adminToken, body: { active: false } })).status).toBe(200);
    expect(await codeOf(await pushAs(auth, manager.token, 'audit', [{ newDocumentState: entry }]))).toBe('push.not-own-actor');
  });
});

describe('pull filters', () => {
  it("a field worker's desk receives its own files in full, nothing of others' (data minimisation, policy 3.6b), and no requests", async () => {
    const fieldDesk = await registerTestDesk(auth, 'FLD1');
    const worker = await staffOn(auth, fieldDesk, ['field-worker']);
    const own = beneficiaryDoc(fieldDesk.deskId, worker.id, { notes: 'ملاحظة الزيارة' });
    expect((await pushAs(auth, worker.token, 'beneficiaries', [{ newDocumentState: own }])).status).toBe(200);
    const elsewhere = beneficiaryDoc(deskA.deskId, receptionist.id, { notes: 'سري', city: 'الدمام' });
    await pushAs(auth, receptionist.token, 'beneficiaries', [{ newDocumentState: elsewhere }]);
    await requestUnderStudy();

    const files = await pullAs(auth, worker.token, 'beneficiaries');
    expect(files.find((doc) => doc.id === own.id)).toEqual(own);
    expect(files.find((doc) => doc.id === elsewhere.id)).toBeUndefined();
    expect(JSON.stringify(files)).not.toContain(String(elsewhere.nationalId));
    expect(JSON.stringify(files)).not.toContain('سري');
    expect(await pullAs(auth, worker.token, 'requests')).toEqual([]);
    // Everyone else registering files sees them in full.
    expect((await pullAs(auth, receptionist.token, 'beneficiaries')).find((doc) => doc.id === own.id)).toEqual(own);
    // The checkpoint moves past what was left out, so the desk does not ask again.
    const page = (await (await auth.call('/sync/requests/pull?checkpoint=0', { token: worker.token })).json()) as { checkpoint: { seq: number } };
    expect(page.checkpoint.seq).toBeGreaterThan(0);
  });

  it('the live stream carries the same filter', async () => {
    const fieldDesk = await registerTestDesk(auth, 'FLD2');
    const worker = await staffOn(auth, fieldDesk, ['field-worker']);
    const controller = new AbortController();
    const response = await fetch(`${auth.server.url}/sync/beneficiaries/stream?access_token=${worker.token}`, { signal: controller.signal });
    const reader = response.body!.getReader();
    const secret = beneficiaryDoc(deskA.deskId, receptionist.id, { notes: 'لا يراه العامل الميداني' });
    const own = beneficiaryDoc(fieldDesk.deskId, worker.id);
    let text = '';
    const decoder = new TextDecoder();
    while (!text.includes('RESYNC')) text += decoder.decode((await reader.read()).value);
    await pushAs(auth, receptionist.token, 'beneficiaries', [{ newDocumentState: secret }]);
    // The worker's own file, written after: once it has arrived, the other desk's would have too.
    await pushAs(auth, worker.token, 'beneficiaries', [{ newDocumentState: own }]);
    while (!text.includes(String(own.id))) text += decoder.decode((await reader.read()).value);
    controller.abort();
    expect(text).not.toContain(String(secret.id));
    expect(text).not.toContain(String(secret.nationalId));
    expect(text).not.toContain('لا يراه');
  });

  it('on the shared stream, desks with different views get their own filtering of one batch', async () => {
    // A batch is filtered and encoded once per view: a field worker must never get the receptionist's copy.
    const workerDesk = await registerTestDesk(auth, 'FLD3');
    const worker = await staffOn(auth, workerDesk, ['field-worker']);
    const open = async (token: string) => {
      const controller = new AbortController();
      const response = await fetch(`${auth.server.url}/sync/stream?collections=beneficiaries&access_token=${token}`, { signal: controller.signal });
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let text = '';
      const until = async (needle: string) => {
        while (!text.includes(needle)) text += decoder.decode((await reader.read()).value);
        return text;
      };
      await until('RESYNC');
      return { until, close: () => controller.abort() };
    };
    const [full, cut] = await Promise.all([open(receptionist.token), open(worker.token)]);
    const secret = beneficiaryDoc(deskA.deskId, receptionist.id, { notes: 'ملاحظة لا تخرج من المكتب' });
    const workersOwn = beneficiaryDoc(workerDesk.deskId, worker.id, { notes: 'زيارة ميدانية' });
    await pushAs(auth, receptionist.token, 'beneficiaries', [{ newDocumentState: secret }]);
    await pushAs(auth, worker.token, 'beneficiaries', [{ newDocumentState: workersOwn }]);
    const [fullText, cutText] = await Promise.all([full.until(String(workersOwn.id)), cut.until(String(workersOwn.id))]);
    full.close();
    cut.close();
    expect(fullText).toContain('ملاحظة لا تخرج من المكتب');
    expect(cutText).not.toContain(String(secret.nationalId));
    expect(cutText).not.toContain('ملاحظة لا تخرج من المكتب');
    expect(cutText).toContain('زيارة ميدانية');
  });
});
