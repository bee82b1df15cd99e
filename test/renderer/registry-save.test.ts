import { afterEach, describe, expect, it } from 'vitest';
import { openBeneficiary, saveBeneficiary } from '../../renderer/src/features/beneficiaries/data/save-beneficiary';
import { findNationalIdHolder } from '../../renderer/src/features/beneficiaries/data/duplicate-check';
import { completeNationalId } from '../../shared/registry/national-id';
import { ACTOR, DESK, ID_A, ID_B, formInput, openDesk, type Desk } from './registry-fixtures';

const desks: Desk[] = [];
async function desk(): Promise<Desk> {
  const d = await openDesk();
  desks.push(d);
  return d;
}
afterEach(async () => {
  await Promise.all(desks.splice(0).map((d) => d.close()));
});

async function counts(d: Desk) {
  return { files: await d.db.beneficiaries.count().exec(), audit: await d.db.audit.count().exec() };
}

describe('saveBeneficiary', () => {
  it('creates a normalized file with the next file number, consent and an audit entry naming the fields', async () => {
    const d = await desk();
    const saved = await saveBeneficiary(d.deps, formInput({ name: { first: '\u200Fمحمد\u202A', father: 'عبدالله', grandfather: 'سعد', family: 'الغامدي' } }), { acknowledged: [] });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    const doc = saved.value;
    expect(doc.fileNumber).toBe('KD1-2026-000001');
    expect(doc.name.first).toBe('محمد');
    expect(doc.fullName).toBe('محمد عبدالله سعد الغامدي');
    expect(doc.mobiles).toEqual(['+966551234567']);
    expect(doc.preferredChannel).toEqual({ channel: 'phone', subChannel: 'whatsapp', address: '+966551234567' });
    expect(doc.consent).toEqual({ purpose: 'تقديم الخدمات', givenAt: doc.createdAt, takenBy: ACTOR.id });
    expect(doc.idKind).toBe('citizen');
    expect(doc.deskId).toBe(DESK.deskId);
    const audit = (await d.db.audit.find().exec()).map((a) => a.toJSON());
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'beneficiary.create', entity: 'beneficiaries', entityId: doc.id, actorId: ACTOR.id });
    expect(audit[0]?.fields).toContain('nationalId');
    expect(JSON.stringify(audit)).not.toContain(ID_A);

    const second = await saveBeneficiary(d.deps, formInput({ nationalId: ID_B, name: { first: 'فهد', father: 'علي', grandfather: 'سعد', family: 'القحطاني' }, mobiles: ['0559999999'] }), { acknowledged: [] });
    expect(second.ok && second.value.fileNumber).toBe('KD1-2026-000002');
  });

  it("saves a file without a grandfather's name (the name as given) through the schema", async () => {
    const d = await desk();
    const saved = await saveBeneficiary(d.deps, formInput({ name: { first: 'ريم', father: 'خالد', grandfather: '', family: 'الحربي' } }), { acknowledged: [] });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    const stored = (await d.db.beneficiaries.findOne(saved.value.id).exec())?.toJSON();
    expect(stored?.name).toEqual({ first: 'ريم', father: 'خالد', grandfather: '', family: 'الحربي' });
    expect(stored?.fullName).toBe('ريم خالد الحربي');
    expect((await d.index.search('ريم الحربي')).map((hit) => hit.id)).toEqual([saved.value.id]);
  });

  it('names the file that already holds an ID as soon as it is typed (blind index, confirmed on the file)', async () => {
    const d = await desk();
    const saved = await saveBeneficiary(d.deps, formInput(), { acknowledged: [] });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    const arabicDigits = ID_A.replace(/\d/g, (x) => String.fromCharCode(0x0660 + Number(x)));
    expect(await findNationalIdHolder(d.deps, arabicDigits, null)).toEqual({ fileId: saved.value.id, fileNumber: saved.value.fileNumber });
    // The file being edited does not hold its own ID against itself; other IDs and mistyped ones have no holder.
    expect(await findNationalIdHolder(d.deps, ID_A, saved.value.id)).toBeNull();
    expect(await findNationalIdHolder(d.deps, ID_B, null)).toBeNull();
    expect(await findNationalIdHolder(d.deps, ID_A.slice(0, 9), null)).toBeNull();
  });

  it('writes nothing on invalid input and reports every field', async () => {
    const d = await desk();
    const result = await saveBeneficiary(
      d.deps,
      formInput({ nationalId: '1234567890', mobiles: ['0512'], birthDate: '2090-01-01', consent: { given: false, purpose: '' }, name: { first: 'م'.repeat(500), father: '', grandfather: 'سعد', family: 'الغامدي' } }),
      { acknowledged: [] },
    );
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'invalid',
        errors: {
          'name.first': 'name.too-long',
          'name.father': 'name.required',
          nationalId: 'national-id.checksum',
          birthDate: 'birth-date.range',
          'mobiles.0': 'mobile.format',
          consent: 'consent.required',
        },
      },
    });
    expect(await counts(d)).toEqual({ files: 0, audit: 0 });
    expect(await d.index.findByNationalId(ID_A)).toEqual([]);
  });

  it('refuses the same national ID typed in Arabic-Indic digits, linking the file, and writes nothing', async () => {
    const d = await desk();
    const first = await saveBeneficiary(d.deps, formInput(), { acknowledged: [] });
    if (!first.ok) throw new Error('first save failed');
    const arabicIndic = ID_A.replace(/\d/g, (digit) => String.fromCharCode(0x0660 + Number(digit)));
    const before = await counts(d);
    const again = await saveBeneficiary(d.deps, formInput({ nationalId: arabicIndic, name: { first: 'خالد', father: 'علي', grandfather: 'سعد', family: 'الدوسري' }, mobiles: ['0500000001'] }), { acknowledged: ['same-mobile:x'] });
    expect(again).toEqual({ ok: false, error: { kind: 'duplicate-id', fileId: first.value.id, fileNumber: 'KD1-2026-000001' } });
    expect(await counts(d)).toEqual(before);
  });

  it('warns on same name key + birth date and on a shared mobile; saves once acknowledged and records it', async () => {
    const d = await desk();
    const first = await saveBeneficiary(d.deps, formInput(), { acknowledged: [] });
    if (!first.ok) throw new Error('first save failed');
    // Same person's name written differently (hamza, taa marbuta-free, spacing), same birth date, same mobile.
    const similar = formInput({ nationalId: ID_B, name: { first: 'مُحمّد', father: 'عبد الله', grandfather: 'سعد', family: 'الغامدي' }, mobiles: ['+966 55 123 4567'] });
    const warned = await saveBeneficiary(d.deps, similar, { acknowledged: [] });
    expect(warned).toEqual({
      ok: false,
      error: {
        kind: 'needs-acknowledgment',
        warnings: [
          { fileId: first.value.id, fileNumber: 'KD1-2026-000001', fullName: 'محمد عبدالله سعد الغامدي', reason: 'same-name-and-birth-date' },
          { fileId: first.value.id, fileNumber: 'KD1-2026-000001', fullName: 'محمد عبدالله سعد الغامدي', reason: 'same-mobile' },
        ],
      },
    });
    expect(await d.db.beneficiaries.count().exec()).toBe(1);
    const partly = await saveBeneficiary(d.deps, similar, { acknowledged: [`same-mobile:${first.value.id}`] });
    expect(partly.ok).toBe(false);
    const saved = await saveBeneficiary(d.deps, similar, { acknowledged: [`same-mobile:${first.value.id}`, `same-name-and-birth-date:${first.value.id}`] });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    expect(saved.value.duplicateAcknowledgments.map(({ fileId, reason, by }) => ({ fileId, reason, by }))).toEqual([
      { fileId: first.value.id, reason: 'same-name-and-birth-date', by: ACTOR.id },
      { fileId: first.value.id, reason: 'same-mobile', by: ACTOR.id },
    ]);
  });

  it('edits a file: keeps number, id, consent; audits only the changed fields; no-op edits write nothing', async () => {
    const d = await desk();
    const first = await saveBeneficiary(d.deps, formInput(), { acknowledged: [] });
    if (!first.ok) throw new Error('first save failed');
    const edited = await saveBeneficiary(d.deps, formInput({ district: 'الملز', mobiles: ['0551234567', '0561111111'] }), { editingId: first.value.id, acknowledged: [] });
    if (!edited.ok) throw new Error(JSON.stringify(edited.error));
    expect(edited.value).toMatchObject({ id: first.value.id, fileNumber: first.value.fileNumber, district: 'الملز', consent: first.value.consent, createdAt: first.value.createdAt });
    const update = (await d.db.audit.find({ selector: { action: 'beneficiary.update' } }).exec()).map((a) => a.toJSON());
    expect(update.map((a) => a.fields)).toEqual([['district', 'mobiles']]);
    const auditBefore = await d.db.audit.count().exec();
    const same = await saveBeneficiary(d.deps, formInput({ district: 'الملز', mobiles: ['0551234567', '0561111111'] }), { editingId: first.value.id, acknowledged: [] });
    expect(same.ok).toBe(true);
    expect(await d.db.audit.count().exec()).toBe(auditBefore);
    expect(await d.index.findByMobile('+966561111111')).toEqual([expect.objectContaining({ id: first.value.id })]);
  });

  it('continues the sequence from the highest number seen (synced files included), per desk and year', async () => {
    const d = await desk();
    const seed = await saveBeneficiary(d.deps, formInput(), { acknowledged: [] });
    if (!seed.ok) throw new Error('seed failed');
    // Files synced from this desk's earlier install, from another desk, and from last year.
    const synced = (id: string, fileNumber: string, first9: string) => ({
      ...seed.value, id, fileNumber, nationalId: completeNationalId(first9), mobiles: [], noMobileReason: 'لا يوجد',
      preferredChannel: { channel: 'in-person', subChannel: 'interview', address: '' },
      name: { ...seed.value.name, first: 'سالم' }, fullName: 'سالم عبدالله سعد الغامدي',
    });
    const inserted = await d.db.beneficiaries.bulkInsert([
      synced('00000000-0000-4000-8000-000000000041', 'KD1-2026-000041', '100000041'),
      synced('00000000-0000-4000-8000-000000000900', 'XY9-2026-000900', '100000900'),
      synced('00000000-0000-4000-8000-000000000500', 'KD1-2025-000500', '100000500'),
    ]);
    expect(inserted.error).toEqual([]);
    const next = await saveBeneficiary(d.deps, formInput({ nationalId: completeNationalId('200000003'), name: { first: 'سارة', father: 'علي', grandfather: 'سعد', family: 'العتيبي' }, mobiles: ['0577777777'] }), { acknowledged: [] });
    expect(next.ok ? next.value.fileNumber : next.error).toBe('KD1-2026-000042');
  });
});

describe('openBeneficiary', () => {
  it('returns the decrypted file and records the opening; null and no entry for an unknown id', async () => {
    const d = await desk();
    const saved = await saveBeneficiary(d.deps, formInput(), { acknowledged: [] });
    if (!saved.ok) throw new Error('save failed');
    const opened = await openBeneficiary(d.deps, saved.value.id);
    expect(opened?.nationalId).toBe(ID_A);
    expect(opened?.notes).toBe('ملاحظة');
    const opens = await d.db.audit.find({ selector: { action: 'beneficiary.open' } }).exec();
    expect(opens.map((a) => a.entityId)).toEqual([saved.value.id]);
    expect(await openBeneficiary(d.deps, 'nope')).toBeNull();
    expect(await d.db.audit.find({ selector: { action: 'beneficiary.open' } }).exec()).toHaveLength(1);
  });
});
