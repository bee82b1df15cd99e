/**
 * Saving a beneficiary's file: validate, decide duplicates, then write — in that order, so
 * bad input or a refused duplicate writes nothing at all. The write is the document first,
 * then its audit entry (RxDB has no transaction across collections: if the audit write
 * failed, the file would exist without its entry; the error still reaches the caller), then
 * the search index (which the change-stream catch-up would also repair on its own).
 */
import { appendAudit } from '@renderer/stores/audit-log';
import { FILE_NUMBER_WRITES } from '@renderer/db/file-numbers';
import { serialized } from '@renderer/db/serial';
import { riyadhDateOf } from '@shared/calendar/iso-date';
import type { BeneficiaryDoc, ConsentStep, DuplicateAcknowledgment } from '@shared/db/schemas/beneficiary.schema';
import { consentHistory, UNVERSIONED_NOTICE } from '@shared/consent/consent-log';
import { settledWarningKeys, unacknowledgedWarnings, warningKey } from '@shared/registry/duplicates';
import { validateBeneficiaryInput, type BeneficiaryFormInput, type FieldErrors, type NormalizedBeneficiary } from '@shared/registry/beneficiary-input';
import { err, ok, type Result } from '@shared/result';
import type { SaveDeps } from './deps';
import { findDuplicates, type ElsewhereDesk, type FoundFile } from './duplicate-check';
import { activeCategoryKeys } from './catalog-lists';
import { nextFileNumber } from './next-file-number';

export type { SaveDeps } from './deps';
export { followBeneficiary, openBeneficiary } from './open-beneficiary';

export interface DuplicateWarningInfo {
  fileId: string;
  fileNumber: string;
  fullName: string;
  reason: string;
  /** Another desk's file known from the server (policy 3.6b): its desk code (and name); it is not held here to open. */
  deskCode?: string;
  deskName?: string;
}

export type SaveError =
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'duplicate-id'; fileId: string; fileNumber: string; elsewhere?: ElsewhereDesk }
  | { kind: 'needs-acknowledgment'; warnings: DuplicateWarningInfo[] };

/**
 * A save's outcome; `deskOnly` on a saved file: the server could not be asked (offline, timeout, 403, 429), so
 * the duplicate check saw this desk's files only (policy 3.6b: a field worker's desk holds no other desk's).
 */
export type SaveResult = Result<BeneficiaryDoc, SaveError> & { deskOnly?: boolean };

export interface SaveOptions {
  /** The file being edited; absent for a new file. */
  editingId?: string;
  /** warningKey()s the receptionist acknowledged. */
  acknowledged: readonly string[];
}

/**
 * Saves run one at a time, and never beside an import's batch (both hand out file numbers), so two
 * writes never take the same file number.
 */
export function saveBeneficiary(
  deps: SaveDeps,
  input: BeneficiaryFormInput,
  options: SaveOptions,
): Promise<SaveResult> {
  return serialized(FILE_NUMBER_WRITES, () => saveNow(deps, input, options));
}

async function saveNow(deps: SaveDeps, input: BeneficiaryFormInput, options: SaveOptions): Promise<SaveResult> {
  const { db, actor, desk } = deps;
  const now = deps.now();
  const editingId = options.editingId ?? null;
  const existing = editingId ? await db.beneficiaries.findOne(editingId).exec() : null;
  if (editingId && !existing) throw new Error(`No beneficiary file ${editingId}`);
  const previous = existing ? existing.toMutableJSON() : null;

  const categoryKeys = await activeCategoryKeys(db, previous?.categoryKey);
  const validated = validateBeneficiaryInput(input, { todayIso: riyadhDateOf(now.getTime()), categoryKeys });
  if (!validated.ok) return err({ kind: 'invalid', errors: validated.error });
  const value = validated.value;

  const { decision, files, deskOnly } = await findDuplicates(deps, value, editingId);
  const block = decision.blocking[0];
  if (block) return err(duplicateIdError(block.fileId, files.get(block.fileId)));
  const settled = settledWarningKeys(editingId, options.acknowledged, previous?.duplicateAcknowledgments ?? [], files);
  const pending = unacknowledgedWarnings(decision, settled);
  if (pending.length > 0) {
    const warnings = pending.map((warning) => {
      const file = files.get(warning.fileId);
      return { fileId: warning.fileId, fileNumber: file?.fileNumber ?? '', fullName: file?.fullName ?? '', reason: warning.reason, ...file?.elsewhereDesk };
    });
    return err({ kind: 'needs-acknowledgment', warnings });
  }

  const at = now.toISOString();
  const recorded = previous?.duplicateAcknowledgments ?? [];
  const known = new Set(recorded.map((ack) => `${ack.reason}:${ack.fileId}`));
  const acknowledgments: DuplicateAcknowledgment[] = [
    ...recorded,
    // Only what the receptionist ticked now: a warning settled by the other file's record
    // is not re-recorded here in this actor's name.
    ...decision.warnings
      .filter((warning) => !known.has(warningKey(warning)) && options.acknowledged.includes(warningKey(warning)))
      .map((warning) => ({ fileId: warning.fileId, reason: warning.reason, by: actor.id, at })),
  ];
  const doc = await buildDoc(deps, value, previous, acknowledgments, now);

  if (!previous) {
    await db.beneficiaries.insert(doc);
    await appendAudit(db, { actorId: actor.id, action: 'beneficiary.create', entity: 'beneficiaries', entityId: doc.id, fields: changedFields(null, doc), deskId: desk.deskId }, now);
  } else {
    const fields = changedFields(previous, doc);
    if (fields.length === 0) return ok(previous);
    await existing?.incrementalModify(() => doc);
    await appendAudit(db, { actorId: actor.id, action: 'beneficiary.update', entity: 'beneficiaries', entityId: doc.id, fields, deskId: desk.deskId }, now);
  }
  await deps.index.indexDocs([doc]);
  return { ...ok(doc), deskOnly };
}

/** The file that holds the ID; another desk's (known from the server) by name and desk, since it cannot be opened here. */
function duplicateIdError(fileId: string, file: FoundFile | undefined): SaveError {
  const elsewhere = file?.elsewhereDesk === undefined ? {} : { elsewhere: { fullName: file.fullName, ...file.elsewhereDesk } };
  return { kind: 'duplicate-id', fileId, fileNumber: file?.fileNumber ?? '', ...elsewhere };
}

async function buildDoc(
  deps: SaveDeps,
  value: NormalizedBeneficiary,
  previous: BeneficiaryDoc | null,
  duplicateAcknowledgments: DuplicateAcknowledgment[],
  now: Date,
): Promise<BeneficiaryDoc> {
  const at = now.toISOString();
  const { nameKey: _nameKey, latinName, consent, ...fields } = value;
  const keepConsent = previous !== null && previous.consent.purpose === consent.purpose;
  const given = keepConsent ? previous.consent : { purpose: consent.purpose, givenAt: at, takenBy: deps.actor.id };
  return {
    ...fields,
    ...(latinName !== '' ? { latinName } : {}),
    id: previous?.id ?? crypto.randomUUID(),
    fileNumber: previous?.fileNumber ?? (await nextFileNumber(deps.db, deps.desk.deskCode, now.getTime())),
    consent: given,
    ...consentRecords(previous, keepConsent ? null : { at, by: deps.actor.id, method: consent.method ?? 'in-person', noticeVersion: consent.noticeVersion ?? UNVERSIONED_NOTICE }),
    duplicateAcknowledgments,
    createdAt: previous?.createdAt ?? at,
    createdBy: previous?.createdBy ?? deps.actor.id,
    updatedAt: at,
    updatedBy: deps.actor.id,
    deskId: deps.desk.deskId,
  };
}

/**
 * The consent's history (PDPL Art. 5, 12) and the image consents, kept across an edit; a consent taken
 * now (a new file, or a new purpose read out) is appended as a step naming the notice version and how.
 */
function consentRecords(previous: BeneficiaryDoc | null, taken: Omit<ConsentStep, 'id' | 'kind' | 'stopsChannels' | 'stopsSampling' | 'note'> | null): Pick<BeneficiaryDoc, 'consentLog' | 'imageConsents'> {
  const history = previous ? consentHistory(previous) : [];
  const log = taken ? [...history, { id: crypto.randomUUID(), kind: 'given' as const, ...taken, stopsChannels: [], stopsSampling: false, note: '' }] : previous?.consentLog;
  return { ...(log ? { consentLog: log } : {}), ...(previous?.imageConsents ? { imageConsents: previous.imageConsents } : {}) };
}

/** Bookkeeping fields change on every write and say nothing about what the user changed. */
const BOOKKEEPING = new Set(['updatedAt', 'updatedBy', 'deskId']);

/** Names of the top-level fields that differ (all of them for a new file); never values. */
export function changedFields(before: BeneficiaryDoc | null, after: BeneficiaryDoc): string[] {
  const names = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  return [...names]
    .filter((name) => !BOOKKEEPING.has(name))
    .filter((name) => !before || JSON.stringify(before[name as keyof BeneficiaryDoc]) !== JSON.stringify(after[name as keyof BeneficiaryDoc]))
    .sort();
}
