/**
 * The erasure record (PDPL Art. 18; the regulation's duty to document how a request was answered): logged
 * WITHOUT the erased data: which file (its id), when, by whom, the request it answers, what was kept.
 *
 * Where: a catalog entry of kind 'erasure', keyed by the beneficiary's id. Not a new collection (the budget
 * holds); not an audit entry (the audit trail is pulled by the administration only, so other desks would
 * never learn to re-apply it, and an audit entry has no place for what was kept); not a field on the
 * anonymised file (a restore of an older backup would roll the field back with the file, leaving nothing to
 * re-apply from). The catalog reaches every desk, is written by the administration only
 * (shared/accounts/push-rights.ts), and is written BEFORE any anonymised document, so the record drives
 * the erasure: a desk that finds a record whose file still holds personal data applies it again
 * (planErasure is idempotent), after an interruption, a late sync or a restore.
 */
import type { CatalogDoc } from '../db/schemas/catalog.schema';
import { SHA256_HEX } from '../sync/protocol';
import { KEPT_REASONS, type KeptRecord } from './kept-records';

export const ERASURE_KIND = 'erasure';

export type ErasureRecord = {
  beneficiaryId: string;
  /** the data request (a case) it answers; '' when none is linked yet */
  requestId: string;
  at: string;
  by: string;
  kept: KeptRecord[];
  /**
   * The content hashes of the files the erasure deletes (planErasure's `files`): every store (the server's,
   * each desk's) deletes them even when the anonymised documents reached it first and no longer name
   * them. A hash says nothing about the person; the bytes are gone everywhere.
   */
  files?: string[];
};

/**
 * The entry's id, one per file. Document ids are at most 36 characters (BASE_PROPERTIES) and a file's id
 * is a 36-character UUID, so 'erasure-<uuid>' does not fit: such ids are written 'er-' + the UUID's 32
 * hex digits (35). Shorter ids keep the readable 'erasure-<id>'.
 */
export function erasureEntryId(beneficiaryId: string): string {
  const readable = `erasure-${beneficiaryId}`;
  return readable.length <= 36 ? readable : `er-${beneficiaryId.replace(/-/g, '')}`.slice(0, 36);
}

export function erasureCatalogEntry(record: ErasureRecord, deskId: string): CatalogDoc {
  return {
    id: erasureEntryId(record.beneficiaryId), kind: ERASURE_KIND, key: record.beneficiaryId.slice(0, 40), labelAr: 'محو', labelEn: 'Erasure',
    active: true, order: 0, data: { ...record, kept: record.kept.map((k) => ({ ...k })), ...(record.files ? { files: [...record.files] } : {}) }, updatedAt: record.at, updatedBy: record.by, deskId,
  };
}

const isText = (value: unknown): value is string => typeof value === 'string';
function isKept(value: unknown): value is KeptRecord {
  const k = value as Partial<KeptRecord> | null;
  return Boolean(k) && ['declarations', 'cases', 'audit'].includes(String(k?.collection)) && isText(k?.id) && isText(k?.number) && (KEPT_REASONS as readonly string[]).includes(String(k?.reason));
}

/** The record in a catalog entry, or null when the entry is not a well-formed erasure (ignored, never half-applied). */
export function erasureFromCatalog(doc: Pick<CatalogDoc, 'kind' | 'data'>): ErasureRecord | null {
  if (doc.kind !== ERASURE_KIND) return null;
  const data = (doc.data ?? {}) as Partial<ErasureRecord>;
  if (!isText(data.beneficiaryId) || data.beneficiaryId === '' || !isText(data.requestId) || !isText(data.at) || !isText(data.by)) return null;
  if (!Array.isArray(data.kept) || !data.kept.every(isKept)) return null;
  const record: ErasureRecord = { beneficiaryId: data.beneficiaryId, requestId: data.requestId, at: data.at, by: data.by, kept: data.kept };
  if (data.files === undefined) return record;
  if (!Array.isArray(data.files) || !data.files.every((hash) => isText(hash) && SHA256_HEX.test(hash))) return null;
  return { ...record, files: data.files };
}
