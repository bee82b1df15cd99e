/**
 * Beneficiary categories edited by the admin (a configurable list) on a real desk database:
 * refused input writes nothing (no entry, no audit), an added category is offered to new files, a
 * renamed one keeps its key, a deactivated one is offered only to the files that already carry it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { saveCategory } from '../../renderer/src/db/catalog-admin';
import { activeCategoryKeys, listCatalog } from '../../renderer/src/features/beneficiaries/data/catalog-lists';
import { auditActions, openIntakeDesk, type IntakeDesk } from './intake-fixtures';

let desk: IntakeDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

const admin = (d: IntakeDesk) => ({ db: d.db, actor: { id: 'staff-admin' }, desk: { deskId: 'desk' }, now: () => d.clock.at });
const counts = async (d: IntakeDesk) => ({ catalog: await d.db.catalog.count().exec(), audit: await d.db.audit.count().exec() });

describe('saveCategory', () => {
  it('refuses a missing or over-long label and a malformed key, writing nothing', async () => {
    desk = await openIntakeDesk();
    const before = await counts(desk);
    const empty = await saveCategory(admin(desk), { key: 'flood-affected', labelAr: '   ', labelEn: 'Flood-affected' });
    const long = await saveCategory(admin(desk), { key: 'flood-affected', labelAr: 'أ'.repeat(121), labelEn: 'Flood-affected' });
    const key = await saveCategory(admin(desk), { key: 'Flood Affected', labelAr: 'المتضررون من السيول', labelEn: '' });
    // A relabel of a seeded category to nothing is refused too, and the seeded label stays.
    const relabel = await saveCategory(admin(desk), { key: 'widows', labelAr: '', labelEn: '' });
    expect([empty, long, key, relabel].map((r) => !r.ok && r.error)).toEqual([
      ['category.label-required'],
      ['category.label-too-long'],
      ['category.key-format', 'category.label-required'],
      ['category.label-required'],
    ]);
    expect(await counts(desk)).toEqual(before);
    expect((await desk.db.catalog.findOne('cat:widows').exec())?.labelAr).toBe('الأرامل');
    expect(await desk.db.catalog.findOne('cat:flood-affected').exec()).toBeNull();
  });

  it('adds, renames and deactivates a category, audited; new files are offered the active ones only', async () => {
    desk = await openIntakeDesk();
    const d = desk;
    const added = await saveCategory(admin(d), { key: ' flood-affected ', labelAr: ' المتضررون من السيول ', labelEn: 'Flood-affected' });
    expect(added.ok && added.value).toMatchObject({ id: 'cat:flood-affected', kind: 'beneficiary-category', key: 'flood-affected', labelAr: 'المتضررون من السيول', active: true, order: 7, updatedBy: 'staff-admin' });
    expect(await activeCategoryKeys(d.db)).toContain('flood-affected');

    const renamed = await saveCategory(admin(d), { key: 'flood-affected', labelAr: 'متضررو السيول', labelEn: 'Flood victims' });
    expect(renamed.ok && renamed.value).toMatchObject({ id: 'cat:flood-affected', labelAr: 'متضررو السيول', order: 7 });

    expect((await saveCategory(admin(d), { key: 'flood-affected', labelAr: 'متضررو السيول', labelEn: 'Flood victims', active: false })).ok).toBe(true);
    expect(await activeCategoryKeys(d.db)).not.toContain('flood-affected');
    // A file already filed under it keeps it.
    expect(await activeCategoryKeys(d.db, 'flood-affected')).toContain('flood-affected');
    expect((await listCatalog(d.db, 'beneficiary-category', true)).filter((c) => c.key === 'flood-affected')).toHaveLength(1);
    expect(await auditActions(d.db, 'cat:flood-affected')).toEqual(['catalog.create', 'catalog.update', 'catalog.update']);
  });
});
