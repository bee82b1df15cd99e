import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../shared/db/collections';
import type { BeneficiaryDoc } from '../../shared/db/schemas/beneficiary.schema';
import { checkNationalIdHolder, findNationalIdHolder } from '../../renderer/src/features/beneficiaries/data/duplicate-check';
import { saveBeneficiary } from '../../renderer/src/features/beneficiaries/data/save-beneficiary';
import { lookupOnServer } from '../../renderer/src/features/beneficiaries/data/server-duplicate-check';
import { LOOKUP_RATE } from '../../server/http/registry-routes';
import { pushDocuments } from '../../server/sync/document-store';
import { closedPortUrl, registerTestDesk, staffOn, startAuthServer, type AuthServer, type Staff } from '../server/accounts-support';
import { formInput, ID_B, ID_C, openDesk, type Desk } from './registry-fixtures';
import { completeNationalId } from '../../shared/registry/national-id';

/**
 * A field worker's desk holds no other desk's files (PDPL minimisation, policy 3.6b): the registry form's
 * duplicate check asks the real sync server for them while online, and says it checked this desk only
 * when the server cannot answer (stopped, refused, too slow).
 */
let auth: AuthServer;
let worker: Staff;
let committee: Staff;
let desk: Desk;
/** A file registered at the RYD2 desk, which the worker's desk does not hold. */
let elsewhere: BeneficiaryDoc;
/** The worker's own file, held on its desk (and on the server). */
let mine: BeneficiaryDoc;
const ID_ELSEWHERE = completeNationalId('100000777');
const MOBILE_ELSEWHERE = '+966557770001';

beforeAll(async () => {
  auth = await startAuthServer({ collections: COLLECTIONS });
  const receptionist = await staffOn(auth, await registerTestDesk(auth, 'RYD2'), ['receptionist']);
  worker = await staffOn(auth, await registerTestDesk(auth, 'FLD1'), ['field-worker']);
  committee = await staffOn(auth, await registerTestDesk(auth, 'CMT1'), ['committee-member']);
  // The other desk's file, made by the real save and stored as its push stores it.
  desk = await openDesk();
  const saved = await saveBeneficiary(desk.deps, formInput({ nationalId: ID_ELSEWHERE, mobiles: [MOBILE_ELSEWHERE], birthDate: '1975-02-03' }), { acknowledged: [] });
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  elsewhere = { ...saved.value, fileNumber: 'RYD2-2026-000007', deskId: receptionist.desk.deskId, fullName: 'سارة أحمد علي الدوسري' };
  await pushDocuments(auth.server.db, [{ newDocumentState: { ...elsewhere, _deleted: false } }], { collection: 'beneficiaries', primaryKey: 'id', duplicateRules: [], channel: 'lookup_renderer_test' });
  await desk.close();
  // The field worker's own desk: it holds nothing of the other desk.
  desk = await openDesk();
}, 60_000);
afterAll(async () => {
  await desk?.close();
  await auth?.close();
});

const online = () => ({ ...desk.deps, server: { url: auth.server.url, token: worker.token } });

describe("the registry form's online duplicate check", () => {
  it("finds another desk's file by national ID through the server, as its name, number and desk only", async () => {
    expect(await findNationalIdHolder(desk.deps, ID_ELSEWHERE, null)).toBeNull();
    const checked = await checkNationalIdHolder(online(), ID_ELSEWHERE, null);
    expect(checked).toEqual({
      holder: { fileId: elsewhere.id, fileNumber: 'RYD2-2026-000007', elsewhere: { fullName: 'سارة أحمد علي الدوسري', deskCode: 'RYD2', deskName: 'مكتب RYD2' } },
      deskOnly: false,
    });
    // The save refuses a second file for the same person, naming the other desk's file.
    const saved = await saveBeneficiary(online(), formInput({ nationalId: ID_ELSEWHERE, mobiles: ['+966557770009'] }), { acknowledged: [] });
    expect(saved.ok ? null : saved.error).toEqual({ kind: 'duplicate-id', fileId: elsewhere.id, fileNumber: 'RYD2-2026-000007', elsewhere: { fullName: 'سارة أحمد علي الدوسري', deskCode: 'RYD2', deskName: 'مكتب RYD2' } });
    expect(await desk.db.beneficiaries.count().exec()).toBe(0);
  });

  it("warns of another desk's file sharing a mobile, and a file held here too counts once", async () => {
    const saved = await saveBeneficiary(online(), formInput({ nationalId: ID_B, mobiles: [MOBILE_ELSEWHERE] }), { acknowledged: [] });
    const warnings = saved.ok ? [] : saved.error.kind === 'needs-acknowledgment' ? saved.error.warnings : [];
    expect(warnings).toEqual([{ fileId: elsewhere.id, fileNumber: 'RYD2-2026-000007', fullName: 'سارة أحمد علي الدوسري', reason: 'same-mobile', deskCode: 'RYD2', deskName: 'مكتب RYD2' }]);
    // Held here and on the server: one warning, linked as this desk's file.
    const kept = await saveBeneficiary(online(), formInput({ nationalId: ID_B, mobiles: ['+966557770002'] }), { acknowledged: [] });
    if (!kept.ok) throw new Error(JSON.stringify(kept.error));
    mine = kept.value;
    await pushDocuments(auth.server.db, [{ newDocumentState: { ...mine, _deleted: false } }], { collection: 'beneficiaries', primaryKey: 'id', duplicateRules: [], channel: 'lookup_renderer_test' });
    const again = await saveBeneficiary(online(), formInput({ nationalId: ID_C, birthDate: '1999-09-09', mobiles: ['+966557770002'] }), { acknowledged: [] });
    const second = again.ok ? [] : again.error.kind === 'needs-acknowledgment' ? again.error.warnings : [];
    expect(second).toEqual([{ fileId: mine.id, fileNumber: mine.fileNumber, fullName: mine.fullName, reason: 'same-mobile' }]);
  });

  it('offline (a port nobody listens on), refused (403) or rate-limited (429): this desk only, said so', async () => {
    const unreachable = { ...desk.deps, server: { url: await closedPortUrl(), token: worker.token } };
    expect(await checkNationalIdHolder(unreachable, ID_ELSEWHERE, null)).toEqual({ holder: null, deskOnly: true });
    // What this desk holds is still found at once.
    expect(await checkNationalIdHolder(unreachable, ID_B, null)).toEqual({ holder: { fileId: mine.id, fileNumber: mine.fileNumber }, deskOnly: false });
    const refused = { ...desk.deps, server: { url: auth.server.url, token: committee.token } };
    expect(await checkNationalIdHolder(refused, ID_ELSEWHERE, null)).toEqual({ holder: null, deskOnly: true });
    // Past the server's limit (429): this desk only too.
    const busy = await staffOn(auth, worker.desk, ['field-worker']);
    let status = 200;
    for (let i = 0; i <= LOOKUP_RATE.limit && status !== 429; i++) status = (await auth.call('/registry/duplicate-check', { token: busy.token, body: { nationalId: completeNationalId(String(130_000_000 + i)) } })).status;
    expect(status).toBe(429);
    expect(await checkNationalIdHolder({ ...desk.deps, server: { url: auth.server.url, token: busy.token } }, ID_ELSEWHERE, null)).toEqual({ holder: null, deskOnly: true });
    // Without a server at all (a desk that does not sync), there is nothing to say.
    expect(await checkNationalIdHolder(desk.deps, ID_ELSEWHERE, null)).toEqual({ holder: null, deskOnly: false });
  });

  it('a file saved while the server cannot answer is saved on this desk\'s check, and the save says so', async () => {
    // The mobile is another desk's: only the server knows it, so the receptionist must learn it was not looked for.
    const unreachable = { ...desk.deps, server: { url: await closedPortUrl(), token: worker.token } };
    const offline = await saveBeneficiary(unreachable, formInput({ nationalId: completeNationalId('100000881'), mobiles: [MOBILE_ELSEWHERE], birthDate: '1961-01-01' }), { acknowledged: [] });
    expect(offline).toMatchObject({ ok: true, deskOnly: true });
    // Asked and answered: nothing to say (another file with that mobile would have been a warning first).
    const asked = await saveBeneficiary(online(), formInput({ nationalId: completeNationalId('100000882'), mobiles: ['+966557770882'], birthDate: '1962-02-02' }), { acknowledged: [] });
    expect(asked).toMatchObject({ ok: true, deskOnly: false });
    // A desk that does not sync has no server to ask: nothing to say either.
    const alone = await saveBeneficiary(desk.deps, formInput({ nationalId: completeNationalId('100000883'), mobiles: ['+966557770883'], birthDate: '1963-03-03' }), { acknowledged: [] });
    expect(alone).toMatchObject({ ok: true, deskOnly: false });
  });

  it('gives up after the timeout when the server does not answer', async () => {
    const silent: Server = createServer(() => undefined);
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
    try {
      const url = `http://127.0.0.1:${(silent.address() as { port: number }).port}`;
      const started = Date.now();
      expect(await lookupOnServer({ url, token: worker.token }, { nationalId: ID_ELSEWHERE, mobiles: [] }, 300)).toBeNull();
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      silent.closeAllConnections();
      await new Promise((done) => silent.close(done));
    }
  });

  it('asks the server once per distinct value', async () => {
    const first = await lookupOnServer({ url: auth.server.url, token: worker.token }, { nationalId: '', mobiles: [MOBILE_ELSEWHERE] });
    await auth.server.db.query(`UPDATE documents SET deleted = true WHERE collection = 'beneficiaries'`);
    // The same value is answered from what the server said; a new one is asked.
    expect(await lookupOnServer({ url: auth.server.url, token: worker.token }, { nationalId: '', mobiles: [MOBILE_ELSEWHERE] })).toEqual(first);
    expect(await lookupOnServer({ url: auth.server.url, token: worker.token }, { nationalId: ID_ELSEWHERE, mobiles: ['+966557770003'] })).toEqual([]);
  });
});
