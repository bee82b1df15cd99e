/**
 * Applying an erasure on this desk (PDPL Art. 18), driven by its record (shared/data-rights/erasure-record.ts).
 * Steps, each idempotent, in an order that survives an interruption anywhere: (1) the record is written to
 * the catalog; (2) the files the person's documents refer to are deleted from the file store (while the
 * documents still name them, so a re-run finds them again); (3) the anonymised documents are written, as
 * ordinary writes that reach the server and every desk by sync. Re-running re-reads the documents and
 * re-plans: what is done is not done twice, what is left is finished.
 */
import { keptRecords, planErasure, type ChangedDoc, type PersonRecords, type Stamp } from '@shared/data-rights/anonymise';
import { ERASURE_KIND, erasureCatalogEntry, erasureFromCatalog, type ErasureRecord } from '@shared/data-rights/erasure-record';
import { jsonCollection, type WaslDatabase } from '@renderer/db/database';
import type { FileStore } from '@renderer/db/file-store';

export type ErasureDeps = { db: WaslDatabase; files: Pick<FileStore, 'deleteFile'>; deskId: string; now: () => Date };
/** Called after each document written (tests stop an erasure half-way through it). */
export type ErasureHooks = { afterWrite?: (step: ChangedDoc) => void };

const plain = <T>(docs: { toMutableJSON(): T }[]): T[] => docs.map((doc) => doc.toMutableJSON());

/** Everything this desk holds about the person; null when the file is not here (nothing to apply yet). */
export async function gatherPerson(db: WaslDatabase, beneficiaryId: string): Promise<PersonRecords | null> {
  const beneficiary = await db.beneficiaries.findOne(beneficiaryId).exec();
  if (!beneficiary) return null;
  const mine = { selector: { beneficiaryId } };
  const [requests, interactions, declarations, cases, surveys, visits] = await Promise.all([
    db.requests.find(mine).exec(), db.interactions.find(mine).exec(), db.declarations.find(mine).exec(),
    db.cases.find(mine).exec(), db.surveys.find(mine).exec(), db.visits.find(mine).exec(),
  ]);
  const ids = [beneficiaryId, ...[requests, interactions, declarations, cases, surveys, visits].flat().map((doc) => doc.id)];
  const [audit, conflicts] = await Promise.all([
    db.audit.find({ selector: { entityId: { $in: ids } } }).exec(),
    db.conflicts.find({ selector: { documentId: { $in: ids } } }).exec(),
  ]);
  return {
    beneficiary: beneficiary.toMutableJSON(), requests: plain(requests), interactions: plain(interactions), declarations: plain(declarations),
    cases: plain(cases), surveys: plain(surveys), visits: plain(visits), audit: plain(audit), conflicts: plain(conflicts),
  };
}

/**
 * The files among `hashes` no other person's document names. Content-addressed: the same scan may be
 * another person's too (a family paper both handed in); those bytes stay. Erasures are rare: a scan is fine.
 */
export async function notSharedFiles(db: WaslDatabase, beneficiaryId: string, hashes: readonly string[]): Promise<string[]> {
  if (hashes.length === 0) return [];
  const shared = new Set<string>();
  const others = { selector: { beneficiaryId: { $ne: beneficiaryId } } };
  for (const docs of await Promise.all([db.requests.find(others).exec(), db.cases.find(others).exec(), db.visits.find(others).exec(), db.declarations.find(others).exec()])) {
    for (const doc of docs) {
      const text = JSON.stringify(doc.toJSON());
      for (const hash of hashes) if (text.includes(hash)) shared.add(hash);
    }
  }
  return hashes.filter((hash) => !shared.has(hash));
}

/** Step 1: the record, written once (a second erasure of the same file keeps the first record). */
export async function recordErasure(deps: ErasureDeps, record: ErasureRecord): Promise<void> {
  const entry = erasureCatalogEntry(record, deps.deskId);
  if (await deps.db.catalog.findOne(entry.id).exec()) return;
  await deps.db.catalog.insert(entry);
}

/** Steps 2 and 3 for one record; returns how many documents it wrote (0 once the erasure is complete). */
export async function applyErasure(deps: ErasureDeps, record: ErasureRecord, hooks: ErasureHooks = {}): Promise<number> {
  const person = await gatherPerson(deps.db, record.beneficiaryId);
  if (!person) return 0;
  const stamp: Stamp = { at: deps.now().toISOString(), by: record.by, deskId: deps.deskId };
  const plan = planErasure(person, stamp);
  for (const hash of await notSharedFiles(deps.db, record.beneficiaryId, plan.files)) await deps.files.deleteFile(hash);
  for (const step of plan.changed) {
    await jsonCollection(deps.db, step.collection).upsert(step.doc);
    hooks.afterWrite?.(step);
  }
  return plan.changed.length;
}

/** Every erasure this desk knows of, applied again: at start-up, after a pull, and after a restore (the restored data never wins). */
export async function reapplyErasures(deps: ErasureDeps): Promise<number> {
  const entries = await deps.db.catalog.find({ selector: { kind: ERASURE_KIND } }).exec();
  let written = 0;
  for (const entry of entries) {
    const record = erasureFromCatalog(entry.toMutableJSON());
    if (record) written += await applyErasure(deps, record);
  }
  return written;
}

export type ErasureRequest = { beneficiaryId: string; requestId: string; by: string };

/**
 * An erasure on this desk, whole: the record (what is kept, the files to delete everywhere) written first,
 * then applied. Null when the file is not on this desk. Re-running it for the same person resumes.
 */
export async function erasePerson(deps: ErasureDeps, request: ErasureRequest): Promise<{ record: ErasureRecord; written: number } | null> {
  const person = await gatherPerson(deps.db, request.beneficiaryId);
  if (!person) return null;
  const at = deps.now().toISOString();
  const files = planErasure(person, { at, by: request.by, deskId: deps.deskId }).files;
  await recordErasure(deps, { ...request, at, kept: keptRecords(person), files });
  // The record first written wins (a resumed erasure keeps its original date and list).
  const stored = await deps.db.catalog.findOne(erasureCatalogEntry({ ...request, at, kept: [] }, deps.deskId).id).exec();
  const record = stored ? erasureFromCatalog(stored.toMutableJSON()) : null;
  if (!record) return null;
  return { record, written: await applyErasure(deps, record) };
}
