/**
 * The column mapping saved for next time: an RxDB local document of this desk (never synced),
 * like the print settings. A damaged value is ignored: the headers are recognised afresh.
 */
import { isSavedMapping, type SavedMapping } from '@shared/import/column-mapping';
import type { WaslDatabase } from '@renderer/db/database';

export const IMPORT_MAPPING_ID = 'import-mapping';

export async function readSavedMapping(db: WaslDatabase): Promise<SavedMapping | null> {
  const data: unknown = (await db.getLocal<SavedMapping>(IMPORT_MAPPING_ID))?.toJSON().data;
  return isSavedMapping(data) ? data : null;
}

export async function writeSavedMapping(db: WaslDatabase, mapping: SavedMapping): Promise<void> {
  await db.upsertLocal<SavedMapping>(IMPORT_MAPPING_ID, mapping);
}
