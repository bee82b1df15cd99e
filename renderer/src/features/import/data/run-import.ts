/**
 * Writing the rows the dry run accepted, in batches: each batch takes its file numbers from the
 * desk (one at a time with the counter's saves, FILE_NUMBER_WRITES), goes in with one bulkInsert
 * (encrypted at rest, one pending-ledger write, pushed by sync like any file) and waits for the
 * search index to take it in, so imported files are searchable as they land. One audit entry names the import and how
 * many files it wrote, written even when a batch fails, so the log matches what is on the desk;
 * a later run finds the written rows as duplicates and writes only the rest.
 */
import { FILE_NUMBER_WRITES, nextFileNumbers } from '@renderer/db/file-numbers';
import { serialized } from '@renderer/db/serial';
import { appendAudit } from '@renderer/stores/audit-log';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import { importedDoc } from '@shared/import/imported-doc';
import type { RowVerdict } from '@shared/import/import-plan';
import type { ImportDeps } from './deps';

export type AddVerdict = Extract<RowVerdict, { kind: 'add' }>;

/** Files per batch: one bulkInsert and one ledger write each; small enough that the progress bar moves every few seconds. */
export const IMPORT_BATCH = 500;

export interface ImportResult {
  importId: string;
  imported: number;
}

export async function runImport(
  deps: ImportDeps,
  rows: readonly AddVerdict[],
  fileName: string,
  options: { onProgress?: (done: number, total: number) => void; batchSize?: number } = {},
): Promise<ImportResult> {
  const batchSize = options.batchSize ?? IMPORT_BATCH;
  const importId = crypto.randomUUID();
  const now = deps.now();
  const at = now.toISOString();
  let imported = 0;
  try {
    for (let start = 0; start < rows.length; start += batchSize) {
      const batch = rows.slice(start, start + batchSize);
      const docs = await serialized(FILE_NUMBER_WRITES, async () => {
        const numbers = await nextFileNumbers(deps.db, deps.desk.deskCode, now.getTime(), batch.length);
        const built: BeneficiaryDoc[] = batch.map((row, i) => importedDoc(row.value, {
          id: row.id, fileNumber: numbers[i] ?? '', actorId: deps.actor.id, deskId: deps.desk.deskId, at,
          source: { importId, fileName, row: row.row }, acknowledged: row.acknowledged,
        }));
        const written = await deps.db.beneficiaries.bulkInsert(built);
        if (written.error.length > 0) {
          imported += written.success.length;
          throw new Error(`Import batch refused ${written.error.length} files`);
        }
        return built;
      });
      imported += docs.length;
      // The index's catch-up follows the collection's change stream and indexes the batch (one
      // decrypting read of it); indexing it here as well measured as a third of the batch's time.
      await deps.index.settled();
      options.onProgress?.(imported, rows.length);
    }
  } finally {
    if (imported > 0) {
      await appendAudit(deps.db, {
        actorId: deps.actor.id, action: 'beneficiary.import', entity: 'beneficiaries', entityId: importId,
        fields: [`imported:${imported}`, `rows:${rows.length}`], deskId: deps.desk.deskId,
      }, now);
    }
  }
  return { importId, imported };
}
