import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainText, nextLink, type ChainedEntry } from '@shared/audit/audit-chain';
import { sha256Hex } from '@shared/audit/audit-hash';
import type { SyncDocument } from '@shared/sync/protocol';
import { auditDoc, pullAs, pushAs, registerTestDesk, staffOn, startAuthServer, type AuthServer, type Staff } from './accounts-support';

/**
 * The server checks every pushed audit chain (accountability for personal data, PDPL art. 18;
 * policy 6(b)): over real HTTP and the real database, a broken chain raises a finding for the
 * administration (GET /audit/chain-findings and a server-authored audit entry), a good one does not.
 */
let auth: AuthServer;
beforeAll(async () => {
  auth = await startAuthServer();
});
afterAll(() => auth.close());

/** `count` chained entries as the desk's appendAudit writes them. */
function chain(deskId: string, staff: Staff, count: number): SyncDocument[] {
  const docs: SyncDocument[] = [];
  let previous: ChainedEntry | null = null;
  for (let i = 0; i < count; i++) {
    const base = auditDoc(deskId, staff.id, { entityId: `b-${i}`, fields: ['nationalId'] }) as unknown as ChainedEntry & SyncDocument;
    const entry: ChainedEntry & SyncDocument = { ...base, ...nextLink(base, previous, sha256Hex) };
    docs.push(entry);
    previous = entry;
  }
  return docs;
}

const rows = (docs: SyncDocument[]) => docs.map((doc) => ({ newDocumentState: doc }));
type Finding = { deskId: string; kind: string; seq: number; entryId: string };
const findings = async (deskId: string) =>
  ((await (await auth.call('/audit/chain-findings', { token: auth.adminToken })).json()) as { findings: Finding[] }).findings.filter((f) => f.deskId === deskId);

async function deskWithStaff(code: string): Promise<{ deskId: string; staff: Staff }> {
  const desk = await registerTestDesk(auth, code);
  return { deskId: desk.deskId, staff: await staffOn(auth, desk, ['receptionist']) };
}

describe('the server checks pushed audit chains', () => {
  it('a good chain, pushed in two batches, raises nothing', async () => {
    const { deskId, staff } = await deskWithStaff('CHNA');
    const docs = chain(deskId, staff, 5);
    expect((await pushAs(auth, staff.token, 'audit', rows(docs.slice(0, 2)))).status).toBe(200);
    expect((await pushAs(auth, staff.token, 'audit', rows(docs.slice(2)))).status).toBe(200);
    expect(await findings(deskId)).toEqual([]);
  });

  it('a chain with an entry deleted before the push raises a gap, once, with a server-authored entry admins pull', async () => {
    const { deskId, staff } = await deskWithStaff('CHNB');
    const docs = chain(deskId, staff, 4);
    expect((await pushAs(auth, staff.token, 'audit', rows(docs.slice(0, 2)))).status).toBe(200);
    expect((await pushAs(auth, staff.token, 'audit', rows([docs[3]!]))).status).toBe(200);
    expect(await findings(deskId)).toEqual([{ deskId, kind: 'gap', seq: 4, entryId: docs[3]!.id, id: expect.any(Number), foundAt: expect.any(String) }]);
    // Replayed: the same break is not a second finding.
    expect((await pushAs(auth, staff.token, 'audit', rows([docs[3]!]))).status).toBe(200);
    expect(await findings(deskId)).toHaveLength(1);
    const admin = await staffOn(auth, await registerTestDesk(auth, 'CHNX'), ['admin']);
    const raised = (await pullAs(auth, admin.token, 'audit')).filter((doc) => doc.action === 'audit.chain-broken' && doc.entityId === deskId);
    expect(raised).toMatchObject([{ entity: 'desk', fields: ['gap', 'seq-4'], actorId: 'server' }]);
  });

  it('an entry edited on the desk (its hash no longer matches) raises an edited finding', async () => {
    const { deskId, staff } = await deskWithStaff('CHNC');
    const docs = chain(deskId, staff, 3);
    const edited = { ...docs[1]!, fields: ['phone'] };
    expect((await pushAs(auth, staff.token, 'audit', rows([docs[0]!, edited, docs[2]!]))).status).toBe(200);
    expect((await findings(deskId)).map((f) => `${f.kind}@${f.seq}`)).toEqual(['edited@2']);
  });

  it('two entries swapped and rehashed raise a reordering', async () => {
    const { deskId, staff } = await deskWithStaff('CHND');
    const docs = chain(deskId, staff, 4);
    const swapped = [docs[2]!, docs[1]!].map((doc, index) => {
      const renumbered = { ...doc, seq: index + 2 } as unknown as ChainedEntry;
      return { ...renumbered, hash: sha256Hex(chainText(renumbered)), _deleted: false } as SyncDocument;
    });
    expect((await pushAs(auth, staff.token, 'audit', rows([docs[0]!, ...swapped, docs[3]!]))).status).toBe(200);
    expect((await findings(deskId)).map((f) => f.kind)).toContain('reordered');
  });
});
