/**
 * An erasure request answered (PDPL Art. 18: destruction as anonymisation): the record first, naming
 * what is kept and why (kept-records.ts; the regulation: the requester is told), then the erasure
 * itself through the desk's idempotent apply (renderer/src/db/apply-erasure.ts), so an interruption is
 * finished by the next start-up or by running it again. Only after the identity check, and only by an
 * admin: the record is a catalog entry, which only the administration pushes (push-rights.ts).
 */
import { erasePerson } from '@renderer/db/apply-erasure';
import { getFileStore, type FileStore } from '@renderer/db/file-store';
import { serialized } from '@renderer/db/serial';
import { appendAudit } from '@renderer/stores/audit-log';
import type { ErasureRecord } from '@shared/data-rights/erasure-record';
import { err, ok, type Result } from '@shared/result';
import type { DataRequestFailure } from './data-request-write';
import { ERASURE_RUNNERS, holdsAny, type DataRequestsDeps } from './deps';

export type EraseDeps = DataRequestsDeps & { files?: Pick<FileStore, 'deleteFile'> };

export function eraseForRequest(deps: EraseDeps, caseId: string): Promise<Result<ErasureRecord, DataRequestFailure>> {
  return serialized(`case:${caseId}`, async () => {
    if (!holdsAny(deps.roles, ERASURE_RUNNERS)) return err('data-request.not-allowed');
    const doc = (await deps.db.cases.findOne(caseId).exec())?.toMutableJSON();
    const part = doc?.dataRequest;
    if (!doc || !part || part.subKind !== 'erasure') return err('data-request.not-found');
    if (part.status === 'received') return err('data-request.identity-required');
    if (part.status !== 'identity-verified') return err('data-request.not-allowed');
    const erasing = { db: deps.db, files: deps.files ?? (await getFileStore()), deskId: deps.desk.deskId, now: deps.now };
    // The record first written wins (recordErasure writes once): a file erased before answers with that one.
    const erased = await erasePerson(erasing, { beneficiaryId: doc.beneficiaryId, requestId: caseId, by: deps.actorId });
    if (!erased) return err('data-request.not-found');
    const now = deps.now();
    await appendAudit(deps.db, { actorId: deps.actorId, action: 'data-request.erase', entity: 'beneficiaries', entityId: doc.beneficiaryId, deskId: deps.desk.deskId }, now);
    return ok(erased.record);
  });
}
