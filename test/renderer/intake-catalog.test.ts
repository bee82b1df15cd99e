/**
 * The intake catalog on a real desk database: seeding an existing desk, editing request types
 * (versioned; a request keeps its version), units and the holiday table (validated; refused =
 * nothing written), and the clock reading the edited table.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { listRequestTypes, listUnits, readHolidays, readRequestType, saveHoliday, saveRequestType, saveUnit } from '../../renderer/src/db/catalog-admin';
import { seedCatalogIfEmpty } from '../../renderer/src/db/catalog-seed';
import { applyTransition, attachToRequirement, startIntake, updateDraft } from '../../renderer/src/features/intake/data';
import type { RequestTypeEdit } from '../../shared/catalog/request-type-catalog';
import { auditActions, openIntakeDesk, pdfBytes, type IntakeDesk } from './intake-fixtures';

let desk: IntakeDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

const admin = (d: IntakeDesk) => ({ db: d.db, actor: { id: 'staff-admin' }, desk: { deskId: 'desk' }, now: () => d.clock.at });

const catalogCount = async (d: IntakeDesk) => d.db.catalog.count().exec();

describe('seeding', () => {
  it('seeds the new kinds on a desk whose catalog predates them, and leaves the old kinds alone', async () => {
    desk = await openIntakeDesk();
    await desk.db.catalog.find({ selector: { kind: { $in: ['unit', 'request-type', 'holiday'] } } }).remove();
    await (await desk.db.catalog.findOne('cat:widows').exec())?.incrementalPatch({ labelAr: 'أرامل' });
    expect(await seedCatalogIfEmpty(desk.db)).toBe(7 + 7 + 16);
    expect(await seedCatalogIfEmpty(desk.db)).toBe(0);
    expect((await desk.db.catalog.findOne('cat:widows').exec())?.labelAr).toBe('أرامل');
    expect((await listUnits(desk.db)).map((u) => u.key)).toContain('sponsorship');
    expect((await listRequestTypes(desk.db)).map((t) => t.key)).toHaveLength(7);
  });

  it('adds the follow-up unit (policy 3.5a: unrouted cases wait in its queue) to a desk whose units predate it, edits kept', async () => {
    desk = await openIntakeDesk();
    await desk.db.catalog.find({ selector: { id: 'unit:follow-up' } }).remove();
    await (await desk.db.catalog.findOne('unit:sponsorship').exec())?.incrementalPatch({ labelAr: 'الكفالات' });
    expect(await seedCatalogIfEmpty(desk.db)).toBe(1);
    expect((await listUnits(desk.db)).map((u) => u.key)).toContain('follow-up');
    expect((await desk.db.catalog.findOne('unit:sponsorship').exec())?.labelAr).toBe('الكفالات');
    expect(await seedCatalogIfEmpty(desk.db)).toBe(0);
  });
});

describe('seeding the holidays added since (projected Eids, later national days)', () => {
  /** A desk seeded by the first release: its holiday table stops at 2027 and has no 1448 Eid. */
  const firstReleaseTable = async (d: IntakeDesk) => {
    const added = ['eid-fitr-1448', 'eid-adha-1448', 'founding-day-2028', 'eid-fitr-1449', 'eid-adha-1449', 'national-day-2028'];
    await d.db.catalog.find({ selector: { kind: 'holiday', key: { $in: added } } }).remove();
    expect((await readHolidays(d.db)).map((h) => h.id)).not.toContain('eid-fitr-1448');
  };

  it('adds them to an existing desk on its next start, marked projected, leaving the rest alone', async () => {
    desk = await openIntakeDesk();
    await firstReleaseTable(desk);
    const before = await desk.db.catalog.findOne('hol:eid-fitr-1447').exec();
    expect(await seedCatalogIfEmpty(desk.db)).toBe(6);
    expect(await seedCatalogIfEmpty(desk.db)).toBe(0);
    const table = await readHolidays(desk.db);
    expect(table.find((h) => h.id === 'eid-fitr-1448')).toMatchObject({ start: '2027-03-09', end: '2027-03-12', projected: true });
    expect((await desk.db.catalog.findOne('hol:eid-fitr-1447').exec())?.toJSON()).toEqual(before?.toJSON());
  });

  it("does not add a projected Eid where the admin's own row already holds those days", async () => {
    desk = await openIntakeDesk();
    await firstReleaseTable(desk);
    const own = { id: 'fitr-48', nameAr: 'عيد الفطر', nameEn: 'Eid al-Fitr', start: '2027-03-10', end: '2027-03-13', kind: 'eid-fitr' as const };
    expect((await saveHoliday(admin(desk), own)).ok).toBe(true);
    expect(await seedCatalogIfEmpty(desk.db)).toBe(5);
    const fitr = (await readHolidays(desk.db)).filter((h) => h.kind === 'eid-fitr' && h.start.startsWith('2027'));
    expect(fitr.map((h) => h.id)).toEqual(['fitr-48']);
  });
});

describe('request types', () => {
  const edit = async (d: IntakeDesk): Promise<RequestTypeEdit> => {
    const type = await readRequestType(d.db, 'food-basket');
    if (!type) throw new Error('seed missing');
    return { ...type.latest, eligibilityAr: type.eligibilityAr, eligibilityEn: type.eligibilityEn };
  };

  it('refuses a type without requirements or with an unknown unit, writing nothing', async () => {
    desk = await openIntakeDesk();
    const before = await catalogCount(desk);
    const base = await edit(desk);
    const none = await saveRequestType(admin(desk), { ...base, requirements: [] });
    const unit = await saveRequestType(admin(desk), { ...base, unitId: 'space-agency' });
    const fresh = await saveRequestType(admin(desk), { ...base, id: 'new-type', requirements: [] });
    expect([none, unit, fresh].map((r) => !r.ok && r.error.map((e) => e.code))).toEqual([
      ['request-type.no-requirements'], ['request-type.unit-unknown'], ['request-type.no-requirements'],
    ]);
    expect(await catalogCount(desk)).toBe(before);
    expect((await readRequestType(desk.db, 'food-basket'))?.versions).toHaveLength(1);
  });

  it('appends a version on edit; a request in progress keeps the version it was taken under', async () => {
    desk = await openIntakeDesk();
    const d = desk;
    const old = await startIntake(d.deps(), d.beneficiary.id, 'food-basket');
    if (!old.ok) throw new Error(old.error.code);
    const base = await edit(d);
    const saved = await saveRequestType(admin(d), { ...base, requirements: [...base.requirements, { id: 'lease-contract', kind: 'document', labelAr: 'عقد الإيجار', labelEn: 'Lease', required: true }] });
    expect(saved.ok && saved.value.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(await auditActions(d.db, 'rqt:food-basket')).toEqual(['catalog.update']);

    const fresh = await startIntake(d.deps(), d.beneficiary.id, 'food-basket');
    expect(fresh.ok && fresh.value.requestType.version).toBe(2);
    // The old request completes on its own checklist (version 1), without the lease.
    for (const id of ['national-id-copy', 'family-record']) await attachToRequirement(d.deps(), old.value.id, id, { data: pdfBytes(id).buffer, name: 'a.pdf', type: 'application/pdf' });
    await updateDraft(d.deps(), old.value.id, { checklist: { 'family-members-count': { value: '3' }, 'national-address': { value: 'RRRD2929' } } });
    expect((await applyTransition(d.deps(), old.value.id, { to: 'awaiting-signature' })).ok).toBe(true);
  });

  it('does not offer a deactivated type for new intakes', async () => {
    desk = await openIntakeDesk();
    const base = await edit(desk);
    expect((await saveRequestType(admin(desk), base, { active: false })).ok).toBe(true);
    expect((await listRequestTypes(desk.db)).map((t) => t.key)).not.toContain('food-basket');
    const refused = await startIntake(desk.deps(), desk.beneficiary.id, 'food-basket');
    expect(!refused.ok && refused.error.code).toBe('intake.request-type-inactive');
  });
});

describe('units', () => {
  it('adds a unit usable for referral and refuses a malformed one', async () => {
    desk = await openIntakeDesk();
    const bad = await saveUnit(admin(desk), { key: 'Bad Key', labelAr: '', labelEn: 'x' });
    expect(!bad.ok && bad.error).toEqual(['unit.key-format', 'unit.label-required']);
    const good = await saveUnit(admin(desk), { key: 'legal-aid', labelAr: 'وحدة الإرشاد القانوني', labelEn: 'Legal aid unit' });
    expect(good.ok && good.value).toMatchObject({ id: 'unit:legal-aid', order: 7, active: true });
    expect((await listUnits(desk.db)).map((u) => u.key).at(-1)).toBe('legal-aid');
  });
});

describe('holidays', () => {
  it('refuses reversed and overlapping ranges with nothing written, and the clock counts an added holiday', async () => {
    desk = await openIntakeDesk();
    const d = desk;
    const before = await catalogCount(d);
    const reversed = await saveHoliday(admin(d), { id: 'x-2026', nameAr: 'إجازة', nameEn: 'Holiday', start: '2026-03-10', end: '2026-03-09', kind: 'other' });
    const overlap = await saveHoliday(admin(d), { id: 'y-2026', nameAr: 'إجازة', nameEn: 'Holiday', start: '2026-03-21', end: '2026-03-24', kind: 'other' });
    expect(!reversed.ok && reversed.error.map((e) => e.code)).toEqual(['holiday.reversed']);
    expect(!overlap.ok && overlap.error).toEqual([{ code: 'holiday.overlap', id: 'eid-fitr-1447', otherId: 'y-2026' }]);
    expect(await catalogCount(d)).toBe(before);

    // A one-day holiday on Monday 2 March 2026 pushes the due date of a request completed on 1 March by one working day.
    expect((await saveHoliday(admin(d), { id: 'extra-2026', nameAr: 'إجازة طارئة', nameEn: 'Extra day off', start: '2026-03-02', end: '2026-03-02', kind: 'other' })).ok).toBe(true);
    expect((await readHolidays(d.db)).map((h) => h.id)).toContain('extra-2026');
    const started = await startIntake(d.deps(), d.beneficiary.id, 'food-basket');
    if (!started.ok) throw new Error(started.error.code);
    for (const id of ['national-id-copy', 'family-record']) await attachToRequirement(d.deps(), started.value.id, id, { data: pdfBytes(id).buffer, name: 'a.pdf', type: 'application/pdf' });
    await updateDraft(d.deps(), started.value.id, { checklist: { 'family-members-count': { value: '3' }, 'national-address': { value: 'RRRD2929' } } });
    const completed = await applyTransition(d.deps(), started.value.id, { to: 'awaiting-signature' });
    expect(completed.ok && completed.value.request.dueDate).toBe('2026-03-25');

    // Taken out of the table (deactivated), it no longer counts.
    expect((await saveHoliday(admin(d), { id: 'extra-2026', nameAr: 'إجازة طارئة', nameEn: 'Extra day off', start: '2026-03-02', end: '2026-03-02', kind: 'other' }, { active: false })).ok).toBe(true);
    expect((await readHolidays(d.db)).map((h) => h.id)).not.toContain('extra-2026');
  });
});
