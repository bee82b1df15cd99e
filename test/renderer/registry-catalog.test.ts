import { afterEach, describe, expect, it } from 'vitest';
import { createWaslDatabase, type WaslDatabase } from '../../renderer/src/db/database';
import { activeCategoryKeys, listCatalog } from '../../renderer/src/features/beneficiaries/data/catalog-lists';
import { fakeDexieStorage, uniqueName } from './db-fixtures';

const open: WaslDatabase[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.close()));
});
async function create(name: string) {
  const db = await createWaslDatabase({ name, storage: fakeDexieStorage() });
  open.push(db);
  return db;
}

describe('catalog seed at database open', () => {
  it('seeds categories and channels into an empty catalog, in order', async () => {
    const db = await create(uniqueName('wasl-cat-'));
    expect((await listCatalog(db, 'beneficiary-category')).map((c) => c.key)).toEqual([
      'widows', 'orphans-families', 'elderly', 'disabilities', 'low-income-families', 'divorced-women', 'prisoners-families',
    ]);
    const channels = await listCatalog(db, 'channel');
    expect(channels.map((c) => c.key)).toEqual(['in-person', 'letters', 'social-networks', 'phone', 'fax', 'website-email', 'volunteering', 'other']);
    expect(channels[3]?.data).toMatchObject({ subChannels: [{ key: 'voice-call' }, { key: 'sms' }, { key: 'whatsapp' }] });
  });

  it('does not re-seed over an admin’s changes, and keeps a deactivated category for files that have it', async () => {
    const name = uniqueName('wasl-cat-');
    const db = await create(name);
    await (await db.catalog.findOne('cat:widows').exec())?.incrementalPatch({ active: false, labelAr: 'أرامل' });
    await db.close();
    open.splice(0);
    const again = await create(name);
    const widows = (await again.catalog.findOne('cat:widows').exec())?.toJSON();
    expect(widows).toMatchObject({ active: false, labelAr: 'أرامل' });
    expect(await activeCategoryKeys(again)).not.toContain('widows');
    expect(await activeCategoryKeys(again, 'widows')).toContain('widows');
  });
});
