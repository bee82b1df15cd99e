/**
 * Seeds the catalog, kind by kind: every kind with no entry at all gets its seed entries — at
 * first run, and on desks set up before that kind existed (a desk from the registry release
 * gets units, request types and holidays on its first start with this version). Seed
 * documents are identical on every desk (fixed ids from kind+key, fixed time and author), so
 * two desks seeding offline write the same documents and sync has nothing to reconcile. Once
 * a kind has any entry, it is not re-seeded: an admin's edits and deactivations stand.
 * The holiday table is the exception: seed rows added in a later version (the next years' projected Eids
 * and national days) join an existing table when no row has their id and none of its active rows shares a
 * day with them, so an admin's own entry for that holiday wins.
 */
import type { CatalogDoc } from '../../../shared/db/schemas/catalog.schema';
import { holidayFromCatalog } from '../../../shared/catalog/holiday-catalog';
import { CATALOG_KINDS, catalogSeed, type CatalogSeedEntry } from '../../../shared/catalog/seed';
import type { WaslDatabase } from './database';

export const SEED_AT = '2025-01-01T00:00:00.000Z';
export const SEED_AUTHOR = 'seed';

/** Seeds every empty kind; returns how many entries were written. */
export async function seedCatalogIfEmpty(db: WaslDatabase): Promise<number> {
  const seed = catalogSeed();
  let written = 0;
  for (const kind of CATALOG_KINDS) {
    const entries = seed.filter((entry) => entry.kind === kind);
    if ((await db.catalog.count({ selector: { kind } }).exec()) > 0) {
      if (kind === 'holiday') written += await addNewHolidaySeeds(db, entries);
      if (kind === 'unit') written += await addNewSeeds(db, kind, entries);
      continue;
    }
    const docs = entries.map(seedDoc);
    // Another tab may seed at the same moment: its documents are the same, so conflicts are fine.
    const result = await db.catalog.bulkInsert(docs);
    written += result.success.length;
  }
  return written;
}

const seedDoc = (entry: CatalogSeedEntry): CatalogDoc => ({ ...entry, updatedAt: SEED_AT, updatedBy: SEED_AUTHOR, deskId: SEED_AUTHOR });

/**
 * Units added to the seed in a later version (the follow-up unit of policy 3.5a, whose queue takes the
 * cases nobody is routed to) join an existing list when no entry has their id; an admin's edits stand.
 */
async function addNewSeeds(db: WaslDatabase, kind: string, entries: CatalogSeedEntry[]): Promise<number> {
  const ids = new Set((await db.catalog.find({ selector: { kind } }).exec()).map((doc) => doc.id));
  const docs = entries.filter((entry) => !ids.has(entry.id)).map(seedDoc);
  if (docs.length === 0) return 0;
  return (await db.catalog.bulkInsert(docs)).success.length;
}

/** Holiday seed rows missing from an existing table that fit in it (see the header). */
async function addNewHolidaySeeds(db: WaslDatabase, entries: CatalogSeedEntry[]): Promise<number> {
  const existing = (await db.catalog.find({ selector: { kind: 'holiday' } }).exec()).map((doc) => doc.toMutableJSON());
  const ids = new Set(existing.map((doc) => doc.id));
  const active = existing.filter((doc) => doc.active).flatMap((doc) => holidayFromCatalog(doc) ?? []);
  const fits = (entry: CatalogSeedEntry) => {
    const range = holidayFromCatalog(entry);
    return range !== null && !active.some((other) => other.start <= range.end && range.start <= other.end);
  };
  const docs = entries.filter((entry) => !ids.has(entry.id) && fits(entry)).map(seedDoc);
  if (docs.length === 0) return 0;
  return (await db.catalog.bulkInsert(docs)).success.length;
}

/**
 * A seed entry nobody has edited: the same document on every desk, so it never needs pushing —
 * and no account may push it (its desk is 'seed', not the pushing desk's). An edited entry carries
 * its editor and desk, and syncs like any other.
 */
export function isUnchangedSeed(doc: Record<string, unknown>): boolean {
  return doc.updatedBy === SEED_AUTHOR && doc.deskId === SEED_AUTHOR && doc.updatedAt === SEED_AT && doc._deleted !== true;
}
