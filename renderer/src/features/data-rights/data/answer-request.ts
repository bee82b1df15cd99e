/**
 * Answering a data request. A correction (PDPL art. 4: the right to correction) is made through the
 * file's normal edit; its answer records that the person was told of it: a contact in their
 * communication log (kind 'contact', outbound, linked to the request's case) written only once the
 * answer is allowed (identity checked), so a refused answer leaves nothing behind. An erasure is
 * answered only once it has run (its record names what is kept).
 */
import { answer, DATA_REQUEST_LIMITS } from '@shared/data-requests/data-request';
import { err, type Result } from '@shared/result';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import { erasureEntryId } from '@shared/data-rights/erasure-record';
import { answerRequest, type DataRequestFailure, type DataRightsDeps } from './data-request-write';

export type AnswerFailure = DataRequestFailure | 'data-request.informed-required' | 'data-request.erasure-first';

/** `informed`: how the person was told of the correction (required for a correction, ignored otherwise). */
export async function answerDataRequest(deps: DataRightsDeps, caseId: string, informed = ''): Promise<Result<CaseDoc, AnswerFailure>> {
  const doc = (await deps.db.cases.findOne(caseId).exec())?.toMutableJSON();
  if (!doc?.dataRequest) return err('data-request.not-found');
  // An erasure is answered once it is done: the answer names what was kept (its record).
  if (doc.dataRequest.subKind === 'erasure' && doc.dataRequest.status === 'identity-verified' && !(await deps.db.catalog.findOne(erasureEntryId(doc.beneficiaryId)).exec())) {
    return err('data-request.erasure-first');
  }
  if (doc.dataRequest.subKind !== 'correction') return answerRequest(deps, caseId);
  const now = deps.now();
  const allowed = answer(doc.dataRequest, { at: now.toISOString() });
  if (!allowed.ok) return allowed;
  const summary = informed.trim();
  if (summary === '' || summary.length > DATA_REQUEST_LIMITS.reason) return err('data-request.informed-required');
  const at = now.toISOString();
  await deps.db.interactions.insert({
    id: crypto.randomUUID(), beneficiaryId: doc.beneficiaryId, requestId: '', channel: doc.channel, subChannel: doc.subChannel, direction: 'outbound',
    subject: `تصحيح البيانات ${doc.caseNumber}`, summary: summary.slice(0, 500), staffId: deps.actorId, at, kind: 'contact', recordKind: 'case', recordId: caseId,
    updatedAt: at, updatedBy: deps.actorId, deskId: deps.desk.deskId,
  });
  return answerRequest(deps, caseId);
}
