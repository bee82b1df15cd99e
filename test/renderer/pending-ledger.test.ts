import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BeneficiaryDoc } from '../../shared/db/schemas/beneficiary.schema';
import { acknowledge, pendingIds } from '../../renderer/src/db/pending-ledger';
import { saveBeneficiary } from '../../renderer/src/features/beneficiaries/data/save-beneficiary';
import { completeNationalId } from '../../shared/registry/national-id';
import { formInput, openDesk, type Desk } from './registry-fixtures';

/**
 * The desk's ledger of writes the server has not acknowledged (db/pending-ledger.ts), on the real
 * encrypted database: what the sync status counts as pending, offline too.
 */
let desk: Desk;
type Ledger = Parameters<typeof pendingIds>[0];
type Target = Parameters<typeof acknowledge>[0];

beforeAll(async () => {
  desk = await openDesk();
});
afterAll(async () => {
  await desk.close();
});

let n = 0;
async function registered(): Promise<BeneficiaryDoc> {
  n += 1;
  const saved = await saveBeneficiary(desk.deps, formInput({
    nationalId: completeNationalId(`14000${String(n).padStart(4, '0')}`),
    mobiles: [`05710000${String(n).padStart(2, '0')}`],
    birthDate: `1990-01-${String(n).padStart(2, '0')}`,
  }), { acknowledged: [] });
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  return saved.value;
}
const ledger = () => pendingIds(desk.db as unknown as Ledger, 'beneficiaries');
const beneficiaries = () => desk.db.beneficiaries as unknown as Target;

describe('pending ledger', () => {
  it('a write is pending until the server acknowledges the state the document still has', async () => {
    const doc = await registered();
    expect(await ledger()).toContain(doc.id);
    const stored = (await desk.db.beneficiaries.findOne(doc.id).exec())!.toJSON();
    await acknowledge(beneficiaries(), [stored]);
    expect(await ledger()).not.toContain(doc.id);
  });

  it('an acknowledgement of an older state leaves a document written since pending', async () => {
    const doc = await registered();
    const pushed = (await desk.db.beneficiaries.findOne(doc.id).exec())!.toJSON();
    await (await desk.db.beneficiaries.findOne(doc.id).exec())!.incrementalPatch({ city: 'جدة' });
    await acknowledge(beneficiaries(), [pushed]);
    expect(await ledger()).toContain(doc.id);
  });

  it('an edit landing while the acknowledgement reads the document stays pending (the server has not seen it)', async () => {
    // The server's answer to the push of the registration arrives as the person edits the file: the
    // acknowledgement reads the pushed state, then the edit and its ledger entry land before the
    // acknowledgement takes the id out. The read is held until then (the order a loaded desk met).
    const doc = await registered();
    const file = (await desk.db.beneficiaries.findOne(doc.id).exec())!;
    const pushed = file.toJSON();
    let editLanded: Promise<unknown> = Promise.resolve();
    const readThenWait = new Proxy(beneficiaries(), {
      get(target, key, receiver) {
        if (key !== 'findByIds') return Reflect.get(target, key, receiver);
        return (ids: string[]) => ({
          exec: async () => {
            const before = await target.findByIds(ids).exec();
            editLanded = file.incrementalPatch({ district: 'الحي الجديد' }).then(() => new Promise((done) => setTimeout(done, 50)));
            await editLanded;
            return before;
          },
        });
      },
    });
    await acknowledge(readThenWait, [pushed]);
    await editLanded;
    expect((await desk.db.beneficiaries.findOne(doc.id).exec())!.district).toBe('الحي الجديد');
    expect(await ledger()).toContain(doc.id);
  });
});
