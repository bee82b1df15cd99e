import type { WaslDatabase } from '@renderer/db/database';
import type { CatalogDoc } from '@shared/db/schemas/catalog.schema';

/** Catalog entries of one kind, in their order; inactive ones only when asked. */
export async function listCatalog(db: WaslDatabase, kind: string, includeInactive = false): Promise<CatalogDoc[]> {
  const docs = await db.catalog.find({ selector: { kind }, sort: [{ order: 'asc' }] }).exec();
  return docs.map((doc) => doc.toMutableJSON()).filter((doc) => includeInactive || doc.active);
}

/**
 * The category keys a file may take: the active ones, plus the file's current one (a file
 * keeps a category that was deactivated after it was filed). Undefined when the catalog has
 * no categories at all, so validation falls back to checking the key's form.
 */
export async function activeCategoryKeys(db: WaslDatabase, current?: string): Promise<string[] | undefined> {
  const keys = (await listCatalog(db, 'beneficiary-category')).map((doc) => doc.key);
  if (keys.length === 0) return undefined;
  return current && !keys.includes(current) ? [...keys, current] : keys;
}
