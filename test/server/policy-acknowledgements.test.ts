import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ackAuditEntry } from '@shared/policy';
import { auditDoc, pullAs, pushAs, registerTestDesk, staffOn, startAuthServer, type AuthServer, type Staff } from './accounts-support';

/**
 * Art. 4 through the real sync server: a staff member's acknowledgement is their own audit entry;
 * the server stores it only from its own actor, and sends it to every desk (a member signs once),
 * while the other desks' audit entries stay where they were written.
 */
let auth: AuthServer;
let clerkA: Staff;
let clerkB: Staff;
beforeAll(async () => {
  auth = await startAuthServer();
  const deskA = await registerTestDesk(auth, 'POLA');
  const deskB = await registerTestDesk(auth, 'POLB');
  clerkA = await staffOn(auth, deskA, ['receptionist']);
  clerkB = await staffOn(auth, deskB, ['receptionist']);
});
afterAll(() => auth.close());

const ackOf = (staff: Staff) => auditDoc(staff.desk.deskId, staff.id, ackAuditEntry(staff.id, 'beneficiary-relations', 1, 'b'.repeat(64), 'typed'));
const codeOf = async (response: Response) => ((await response.json()) as { error?: { code: string } }).error?.code;

describe('policy acknowledgements over sync', () => {
  it('a member pushes their own acknowledgement; one in a colleague\'s name is refused and not stored', async () => {
    const own = ackOf(clerkA);
    expect((await pushAs(auth, clerkA.token, 'audit', [{ newDocumentState: own }])).status).toBe(200);
    const theirs = ackOf(clerkB);
    const forged = { ...theirs, deskId: clerkA.desk.deskId, updatedBy: clerkA.id };
    const refused = await pushAs(auth, clerkA.token, 'audit', [{ newDocumentState: forged }]);
    expect(refused.status).toBe(403);
    expect(await codeOf(refused)).toBe('push.not-own-actor');
    expect(await auth.server.db.query('SELECT id FROM documents WHERE id = $1', [theirs.id])).toEqual([]);
  });

  it("reaches another desk's receptionist, unlike that desk's other audit entries", async () => {
    const ack = ackOf(clerkA);
    const signIn = auditDoc(clerkA.desk.deskId, clerkA.id, { action: 'session.sign-in' });
    expect((await pushAs(auth, clerkA.token, 'audit', [{ newDocumentState: ack }, { newDocumentState: signIn }])).status).toBe(200);
    const ids = (await pullAs(auth, clerkB.token, 'audit')).map((doc) => doc.id);
    expect(ids).toContain(ack.id);
    expect(ids).not.toContain(signIn.id);
  });
});
