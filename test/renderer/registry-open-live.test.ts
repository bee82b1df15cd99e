import { firstValueFrom } from 'rxjs';
import { filter, take, toArray } from 'rxjs/operators';
import { afterEach, describe, expect, it } from 'vitest';
import { followBeneficiary, openBeneficiary, saveBeneficiary } from '../../renderer/src/features/beneficiaries/data/save-beneficiary';
import { formInput, openDesk, type Desk } from './registry-fixtures';

const desks: Desk[] = [];
afterEach(async () => {
  await Promise.all(desks.splice(0).map((d) => d.close()));
});

describe('an open file follows its document', () => {
  it('a change landing underneath (sync, a merge) reaches the open view, decrypted; following audits nothing more', async () => {
    const d = await openDesk();
    desks.push(d);
    const saved = await saveBeneficiary(d.deps, formInput(), { acknowledged: [] });
    if (!saved.ok) throw new Error('save failed');
    const id = saved.value.id;
    expect((await openBeneficiary(d.deps, id))?.mobiles).toEqual(['+966551234567']);

    const seen = firstValueFrom(followBeneficiary(d.db, id).pipe(take(2), toArray()));
    // What replication does when another desk's edit arrives: the stored document changes.
    await (await d.db.beneficiaries.findOne(id).exec())?.incrementalPatch({ mobiles: ['+966561112233'], city: 'جدة' });
    const [first, second] = await seen;
    expect(first?.mobiles).toEqual(['+966551234567']);
    expect(second).toMatchObject({ mobiles: ['+966561112233'], city: 'جدة' });

    const gone = firstValueFrom(followBeneficiary(d.db, id).pipe(filter((doc) => doc === null)));
    await (await d.db.beneficiaries.findOne(id).exec())?.remove();
    expect(await gone).toBeNull();
    expect(await d.db.audit.find({ selector: { action: 'beneficiary.open' } }).exec()).toHaveLength(1);
  });
});
