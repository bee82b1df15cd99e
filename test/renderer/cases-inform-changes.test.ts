/**
 * Keeping beneficiaries informed of changes (policy 3.7c) on a real desk database (RxDB on Dexie,
 * fake-indexeddb): after a request type's requirements change (a new catalog version), the beneficiaries
 * with requests of that type in progress taken under an older version are listed with their agreed
 * channel; logging the contact writes one outbound interaction on that channel and drops them; a file
 * whose agreed channel the catalog no longer offers is refused with a translated reason, nothing written.
 */
import { filter, firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { readRequestType, saveRequestType } from '../../renderer/src/db/catalog-admin';
import { logChangeContact, readToInform, watchChangedTypes, watchToInform } from '../../renderer/src/features/cases/data';
import { caseErrorKey } from '../../renderer/src/features/cases/hooks/case-error-key';
import { applyTransition, startIntake } from '../../renderer/src/features/intake/data';
import ar from '../../renderer/src/i18n/ar.json';
import en from '../../renderer/src/i18n/en.json';
import { catalogEntryId } from '../../shared/catalog/seed';
import { completeNationalId } from '../../shared/registry/national-id';
import { CLERK, LIAISON, openCasesDesk, unwrap, type CasesDesk } from './cases-fixtures';
import { auditActions, beneficiaryDoc, DESK } from './intake-fixtures';

let desk: CasesDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

async function addFile(d: CasesDesk, n: number, preferredChannel = { channel: 'phone', subChannel: 'sms', address: `+96655000000${n}` }) {
  const doc = beneficiaryDoc({ fileNumber: `KD1-2026-00000${n}`, nationalId: completeNationalId(`10000000${n}`), fullName: `مستفيد ${n} تجريبي`, preferredChannel });
  await d.db.beneficiaries.insert(doc);
  return doc;
}

async function request(d: CasesDesk, beneficiaryId: string, type = 'food-basket') {
  return unwrap(await startIntake(d.deps(), beneficiaryId, type));
}

/** The admin adds a requirement to food-basket: version 2 (3 the second time). */
async function changeFoodBasket(d: CasesDesk, requirementId: string) {
  const entry = await readRequestType(d.db, 'food-basket');
  if (!entry) throw new Error('no food-basket');
  const { latest } = entry;
  const requirement = { id: requirementId, kind: 'document' as const, labelAr: 'صورة عقد الإيجار', labelEn: 'Lease copy', required: true };
  const edit = { id: latest.id, nameAr: latest.nameAr, nameEn: latest.nameEn, unitId: latest.unitId, requirements: [...latest.requirements, requirement], eligibilityAr: entry.eligibilityAr, eligibilityEn: entry.eligibilityEn };
  const saved = await saveRequestType({ db: d.db, actor: { id: 'staff-admin' }, desk: DESK, now: () => d.clock.at }, edit);
  if (!saved.ok) throw new Error(saved.error.map((e) => e.code).join());
  return saved.value.latest.version;
}

const contact = (typeKey: string, version: number, beneficiaryId: string) => ({ typeKey, version, beneficiaryId, subject: `تغيّر متطلبات السلة الغذائية (الإصدار ${version})`, summary: 'أُبلغ بالمستند الجديد المطلوب' });

describe('informing beneficiaries of a changed request type', () => {
  it('lists only in-progress requests taken under an older version; logging the contact writes one interaction and drops the beneficiary', async () => {
    desk = await openCasesDesk();
    const d = desk;
    const a = d.beneficiary;
    const b = await addFile(d, 2);
    const c = await addFile(d, 3);
    const old = await request(d, a.id);
    const withdrawn = await request(d, b.id);
    unwrap(await applyTransition(d.deps(), withdrawn.id, { to: 'withdrawn', reason: 'تراجع المستفيد عن الطلب' }));
    await request(d, c.id, 'rent-assistance');
    expect(await firstValueFrom(watchChangedTypes(d.cases(LIAISON)))).toEqual([]);

    expect(await changeFoodBasket(d, 'lease-copy')).toBe(2);
    const newer = await request(d, a.id);
    expect(newer.requestType.version).toBe(2);
    expect((await firstValueFrom(watchChangedTypes(d.cases(LIAISON)))).map((t) => [t.key, t.version])).toEqual([['food-basket', 2]]);

    const officer = d.cases(LIAISON);
    const listed = await readToInform(officer, 'food-basket');
    expect(listed?.rows).toEqual([
      {
        beneficiaryId: a.id, file: { fullName: a.fullName, fileNumber: a.fileNumber }, optedOut: false,
        agreed: { channel: 'phone', subChannel: 'sms', labelAr: 'الهاتف — رسالة نصية', labelEn: 'Phone — SMS' },
        requests: [{ id: old.id, requestNumber: old.requestNumber, status: 'draft', version: 1 }],
      },
    ]);

    expect(await logChangeContact(d.cases(CLERK), contact('food-basket', 2, a.id))).toEqual({ ok: false, error: { code: 'case.role' } });
    expect(await logChangeContact(officer, contact('food-basket', 1, a.id))).toEqual({ ok: false, error: { code: 'cases.change-unknown' } });
    const logged = unwrap(await logChangeContact(officer, contact('food-basket', 2, a.id)));
    const entries = (await d.db.interactions.find({ selector: { beneficiaryId: a.id } }).exec()).map((doc) => doc.toJSON());
    expect(entries).toEqual([expect.objectContaining({
      id: logged.id, kind: 'contact', direction: 'outbound', channel: 'phone', subChannel: 'sms', requestId: old.id, staffId: LIAISON.id,
      recordKind: 'request-type-change', recordId: 'food-basket@v2', subject: 'تغيّر متطلبات السلة الغذائية (الإصدار 2)', summary: 'أُبلغ بالمستند الجديد المطلوب',
    })]);
    expect(await auditActions(d.db, logged.id)).toEqual(['interaction.create']);
    const after = await firstValueFrom(watchToInform(officer, 'food-basket').pipe(filter((list) => list !== null && list.rows.length === 0)));
    expect(after?.change.version).toBe(2);
    // A second click (or a second desk's stale list) logs nothing more.
    expect(await logChangeContact(officer, contact('food-basket', 2, a.id))).toEqual({ ok: false, error: { code: 'cases.nothing-to-inform' } });
    expect(await d.db.interactions.count({ selector: { beneficiaryId: a.id } }).exec()).toBe(1);

    // A further change is news again: both of A's requests predate version 3.
    expect(await changeFoodBasket(d, 'salary-statement')).toBe(3);
    const again = await readToInform(officer, 'food-basket');
    expect(again?.rows.map((r) => [r.beneficiaryId, r.requests.map((q) => q.version)])).toEqual([[a.id, [1, 2]]]);
  });

  it('refuses, translated and writing nothing, a beneficiary whose agreed channel is no longer offered', async () => {
    desk = await openCasesDesk();
    const d = desk;
    const lettered = await addFile(d, 4, { channel: 'letters', subChannel: 'letter', address: 'ص.ب ١٢٣٤ الرياض' });
    const req = await request(d, lettered.id);
    await changeFoodBasket(d, 'lease-copy');
    // The admin stopped offering letters after the file was registered.
    await (await d.db.catalog.findOne(catalogEntryId('channel', 'letters')).exec())?.incrementalPatch({ active: false });
    const officer = d.cases(LIAISON);
    const row = (await readToInform(officer, 'food-basket'))?.rows.find((r) => r.beneficiaryId === lettered.id);
    expect(row).toMatchObject({ agreed: null, requests: [{ id: req.id }] });
    const refused = await logChangeContact(officer, contact('food-basket', 2, lettered.id));
    expect(refused).toEqual({ ok: false, error: { code: 'cases.no-agreed-channel' } });
    expect(await d.db.interactions.count({ selector: { beneficiaryId: lettered.id } }).exec()).toBe(0);
    const key = caseErrorKey('cases.no-agreed-channel');
    for (const tree of [ar, en]) expect(key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], tree), key).toEqual(expect.any(String));
    expect((await readToInform(officer, 'food-basket'))?.rows.map((r) => r.beneficiaryId)).toEqual([lettered.id]);
  });
});
