import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUPLICATE_CHECK_FIELDS } from '@shared/accounts/pull-filters';
import type { PushRow } from '@shared/sync/protocol';
import { LOOKUP_RATE } from '../../server/http/registry-routes';
import { pushDocuments } from '../../server/sync/document-store';
import { beneficiaryDoc, pullAs, registerTestDesk, staffOn, startAuthServer, type AuthServer, type Staff } from './accounts-support';

/**
 * A field worker's desk holds no other desk's files (PDPL minimisation, policy 3.6b): while online, its
 * registry form asks the server whether a national ID or a mobile is on file elsewhere, and learns only
 * the matching files' duplicate-check fields.
 */
let auth: AuthServer;
let receptionist: Staff;
let worker: Staff;
let committee: Staff;
beforeAll(async () => {
  auth = await startAuthServer();
  receptionist = await staffOn(auth, await registerTestDesk(auth, 'DUPA'), ['receptionist']);
  worker = await staffOn(auth, await registerTestDesk(auth, 'DUPF'), ['field-worker']);
  committee = await staffOn(auth, await registerTestDesk(auth, 'DUPC'), ['committee-member']);
});
afterAll(() => auth.close());

const lookup = (token: string, body: unknown) => auth.call('/registry/duplicate-check', { token, body });

describe('the online duplicate lookup', () => {
  it('finds another desk\'s file by national ID or mobile, as its duplicate-check fields only', async () => {
    const elsewhere = beneficiaryDoc(receptionist.desk.deskId, receptionist.id, { mobiles: ['+966512345678'], notes: 'لا تخرج من المكتب', birthDate: '1980-01-01' });
    const gone = beneficiaryDoc(receptionist.desk.deskId, receptionist.id, { nationalId: '1999999999' });
    // Stored as a desk's push stores them (the test server's beneficiary schema has no mobiles or birth date).
    const store = (rows: PushRow[]) => pushDocuments(auth.server.db, rows, { collection: 'beneficiaries', primaryKey: 'id', duplicateRules: [], channel: 'lookup_test' });
    // A file merged into another stays as a pointer to its survivor: the survivor is the match, not it.
    const merged = beneficiaryDoc(receptionist.desk.deskId, receptionist.id, { nationalId: '1888888888' });
    await store([{ newDocumentState: elsewhere }, { newDocumentState: gone }, { newDocumentState: { ...merged, mergedInto: elsewhere.id } }]);
    await store([{ newDocumentState: { ...gone, _deleted: true }, assumedMasterState: gone }]);
    // The worker's desk does not hold it.
    expect((await pullAs(auth, worker.token, 'beneficiaries')).find((doc) => doc.id === elsewhere.id)).toBeUndefined();

    const byId = await lookup(worker.token, { nationalId: elsewhere.nationalId });
    expect(byId.status).toBe(200);
    const { matches, desks } = (await byId.json()) as { matches: Record<string, unknown>[]; desks: Record<string, unknown> };
    expect(matches.map((match) => match.id)).toEqual([elsewhere.id]);
    // The registering desk by name and code (the form shows it so), and no other desk.
    expect(desks).toEqual({ [receptionist.desk.deskId]: { code: 'DUPA', name: 'مكتب DUPA' } });
    expect(matches[0]).toMatchObject({ nationalId: elsewhere.nationalId, fullName: elsewhere.fullName, mobiles: ['+966512345678'], birthDate: '1980-01-01' });
    expect(Object.keys(matches[0] ?? {}).every((key) => DUPLICATE_CHECK_FIELDS.includes(key))).toBe(true);
    expect(JSON.stringify(matches)).not.toContain('لا تخرج');

    const byMobile = (await (await lookup(worker.token, { nationalId: '', mobiles: ['+966500000000', '+966512345678'] })).json()) as { matches: { id: string }[] };
    expect(byMobile.matches.map((match) => match.id)).toEqual([elsewhere.id]);
    // A deleted file is no one's duplicate; nor is a number on no file.
    expect(((await (await lookup(worker.token, { nationalId: '1999999999' })).json()) as { matches: unknown[] }).matches).toEqual([]);
    expect(((await (await lookup(worker.token, { nationalId: '1888888888' })).json()) as { matches: unknown[] }).matches).toEqual([]);
  });

  it('is refused to those who register no files, and to bad input', async () => {
    expect((await lookup(committee.token, { nationalId: '1000000001' })).status).toBe(403);
    for (const body of [{}, { nationalId: '12' }, { nationalId: 1000000001 }, { mobiles: ['0512345678'] }, { mobiles: 'x' }, []]) {
      const response = await lookup(worker.token, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('registry.lookup-invalid');
    }
    expect((await auth.call('/registry/duplicate-check', { body: { nationalId: '1000000001' } })).status).toBe(401);
  });

  it('is limited per account, so it cannot walk the registry', async () => {
    const busy = await staffOn(auth, receptionist.desk, ['receptionist']);
    let status = 200;
    for (let i = 0; i <= LOOKUP_RATE.limit && status !== 429; i++) status = (await lookup(busy.token, { nationalId: `1${String(i).padStart(9, '0')}` })).status;
    expect(status).toBe(429);
    // Another account is not held back.
    expect((await lookup(receptionist.token, { nationalId: '1000000001' })).status).toBe(200);
  });
});
