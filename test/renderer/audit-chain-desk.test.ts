/** The audit chain on a real desk database (RxDB on Dexie): concurrent writers, the desk's own check. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWaslDatabase, type WaslDatabase } from '../../renderer/src/db/database';
import { appendAudit, checkAuditChains } from '../../renderer/src/stores/audit-log';
import { DESK_ID, fakeDexieStorage, uniqueName } from './db-fixtures';

const event = (i: number) => ({ actorId: `staff-${i % 2}`, action: 'beneficiary.view', entity: 'beneficiaries', entityId: `b-${i}`, fields: ['nationalId'], deskId: DESK_ID });

let db: WaslDatabase;
beforeEach(async () => {
  db = await createWaslDatabase({ name: uniqueName('wasl-audit-chain-'), storage: fakeDexieStorage() });
});
afterEach(async () => db.close());

const chained = async () => (await db.audit.find({ selector: { seq: { $gt: 0 } }, sort: [{ at: 'asc' }] }).exec()).map((doc) => doc.toMutableJSON());

describe('audit chain on the desk', () => {
  it('two people writing at once still get one unbroken chain, places 1..n', async () => {
    await Promise.all(Array.from({ length: 24 }, (_, i) => appendAudit(db, event(i))));
    const seqs = (await chained()).map((doc) => doc.seq).sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(seqs).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(await checkAuditChains(db)).toEqual([]);
  });

  it('the desk check finds an entry edited in the database', async () => {
    for (let i = 0; i < 4; i++) await appendAudit(db, event(i));
    const second = (await db.audit.findOne({ selector: { seq: 2 } }).exec())!;
    await second.incrementalPatch({ fields: ['phone'] });
    expect(await checkAuditChains(db)).toEqual([{ deskId: DESK_ID, kind: 'edited', seq: 2, entryId: second.id }]);
  });

  it('an entry deleted from the database is found as a gap: the next append follows the head, not the hole', async () => {
    for (let i = 0; i < 3; i++) await appendAudit(db, event(i));
    const third = (await db.audit.findOne({ selector: { seq: 3 } }).exec())!;
    await third.remove();
    await appendAudit(db, event(9));
    const fourth = (await db.audit.findOne({ selector: { seq: 4 } }).exec())!;
    expect((await chained()).map((doc) => doc.seq)).toEqual([1, 2, 4]);
    expect(await checkAuditChains(db)).toEqual([{ deskId: DESK_ID, kind: 'gap', seq: 4, entryId: fourth.id }]);
  });
});
