/**
 * Seeds the catalog (beneficiary categories, channels) when it is empty: at first run, and
 * on desks set up before the catalog existed. Seed documents are identical on every desk
 * (fixed ids from kind+key, fixed time and author), so two desks seeding offline write the
 * same documents and sync has nothing to reconcile. Once any entry exists, nothing is
 * re-seeded: an admin's edits and deactivations stand.
 */
import type { CatalogDoc } from '../../../shared/db/schemas/catalog.schema';
import { catalogSeed } from '../../../shared/catalog/seed';
import type { WaslDatabase } from './database';

export const SEED_AT = '2025-01-01T00:00:00.000Z';
export const SEED_AUTHOR = 'seed';

export async function seedCatalogIfEmpty(db: WaslDatabase): Promise<number> {
  if ((await db.catalog.count().exec()) > 0) return 0;
  const docs: CatalogDoc[] = catalogSeed().map((entry) => ({
    ...entry,
    ...(entry.data ? { data: entry.data } : {}),
    updatedAt: SEED_AT,
    updatedBy: SEED_AUTHOR,
    deskId: SEED_AUTHOR,
  }));
  // Another tab may seed at the same moment: its documents are the same, so conflicts are fine.
  const result = await db.catalog.bulkInsert(docs);
  return result.success.length;
}
