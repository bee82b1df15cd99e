/**
 * Erasures this desk hears of (PDPL Art. 18; the record is a catalog entry, shared/data-rights/erasure-record.ts),
 * at start and whenever one arrives by sync:
 * - its OWN erasure (the record written here) is applied in full again: an erasure cut short here (the
 *   desk closed mid-way) is finished at the next start;
 * - ANOTHER desk's erasure deletes the person's files from this desk's file store, which sync never
 *   touches. The documents are not written here: the server stores every document of an erased person
 *   anonymised, whoever pushes it, and this desk pulls those versions (the search index follows them). A
 *   change this desk made offline to the person's documents is pushed, comes back anonymised, and replaces
 *   the local copy: the erasure wins. Writing them here too would push the same change under this desk's
 *   signed-in account, which may have no right to edit another unit's records.
 */
import { planErasure } from '@shared/data-rights/anonymise';
import { ERASURE_KIND, erasureFromCatalog, type ErasureRecord } from '@shared/data-rights/erasure-record';
import type { CatalogDoc } from '@shared/db/schemas/catalog.schema';
import { applyErasure, gatherPerson, notSharedFiles, type ErasureDeps } from './apply-erasure';
import type { WaslDatabase } from './database';

/** The files an erasure deletes on this desk: those the record lists and those the person's documents here still name. */
export async function deleteErasedFiles(deps: ErasureDeps, record: ErasureRecord): Promise<number> {
  const person = await gatherPerson(deps.db, record.beneficiaryId);
  const planned = person ? planErasure(person, { at: record.at, by: record.by, deskId: deps.deskId }).files : [];
  const files = await notSharedFiles(deps.db, record.beneficiaryId, [...new Set([...(record.files ?? []), ...planned])]);
  for (const hash of files) await deps.files.deleteFile(hash);
  return files.length;
}

/** One catalog entry: applied as this desk's own erasure or as another desk's (see above). */
export async function applyKnownErasure(deps: ErasureDeps, entry: Pick<CatalogDoc, 'kind' | 'data' | 'deskId'>): Promise<void> {
  const record = erasureFromCatalog(entry);
  if (!record) return;
  if (entry.deskId === deps.deskId) await applyErasure(deps, record);
  else await deleteErasedFiles(deps, record);
}

export type ErasureWatch = { idle(): Promise<void>; stop(): void };

/**
 * The erasures finished on this desk, kept as a local document (never synced, never in a backup): applying
 * one reads the person's documents and scans other people's for shared files, work that every start of the
 * app would otherwise repeat for every erasure ever made. A restored or new desk has no mark and applies
 * them all again; a record that changes (re-sent after a server restore) is applied again.
 */
const FINISHED_ID = 'erasures-finished';
type Finished = { keys: string[] };
const finishedKey = (record: ErasureRecord) => `${record.beneficiaryId}@${record.at}`;

/** Every erasure known at start, then each one that arrives or changes; one at a time. */
export function watchErasures(db: WaslDatabase, deps: () => Promise<ErasureDeps>, onError: (error: unknown) => void): ErasureWatch {
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (entries: () => Promise<Pick<CatalogDoc, 'kind' | 'data' | 'deskId'>[]>, atStart: boolean) => {
    queue = queue.then(async () => {
      const ready = await deps();
      const finished = new Set((await db.getLocal<Finished>(FINISHED_ID))?.toJSON().data.keys ?? []);
      for (const entry of await entries()) {
        const record = erasureFromCatalog(entry);
        if (!record || (atStart && finished.has(finishedKey(record)))) continue;
        // This desk's own erasure arriving is the one erasePerson is applying right now: not run twice side by
        // side (one cut short here is finished by the pass at the next start).
        if (!atStart && entry.deskId === ready.deskId) continue;
        await applyKnownErasure(ready, entry);
        finished.add(finishedKey(record));
        await db.upsertLocal<Finished>(FINISHED_ID, { keys: [...finished] });
      }
    }).catch(onError);
  };
  enqueue(async () => (await db.catalog.find({ selector: { kind: ERASURE_KIND } }).exec()).map((doc) => doc.toMutableJSON()), true);
  const subscription = db.catalog.$.subscribe((event) => {
    const doc = event.documentData as CatalogDoc | undefined;
    if (event.operation !== 'DELETE' && doc?.kind === ERASURE_KIND) enqueue(async () => [doc], false);
  });
  return { idle: () => queue, stop: () => subscription.unsubscribe() };
}
