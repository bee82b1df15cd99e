/**
 * Data requests on the desk (PDPL; rules in shared/data-requests/): opened from a person's file, then
 * identity check, one extension, refusal with reasons, the answer. Each write goes through the pure
 * machine, one at a time per case (serialized), then its audit entry naming the fields, never values.
 * The extension's notice to the requester (text: extensionNoticeText) is queued through the outbox by
 * the app's composition, which owns the outbox feature (features do not import each other).
 */
import type { WaslDatabase } from '@renderer/db/database';
import { serialized } from '@renderer/db/serial';
import { appendAudit } from '@renderer/stores/audit-log';
import { riyadhDateOf } from '@shared/calendar/iso-date';
import { answer, extend, refuse, verifyIdentity, type DataRequestError, type DataRequestPart } from '@shared/data-requests/data-request';
import { openDataRequestCase, withDataRequest, type OpenDataRequestInput } from '@shared/data-requests/data-request-case';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import { formatHumanNumber, humanNumberPrefix, humanNumberYear, nextHumanSequence } from '@shared/numbers/human-number';
import { err, ok, type Result } from '@shared/result';

export type DataRightsDeps = { db: WaslDatabase; actorId: string; desk: { deskId: string; deskCode: string }; now: () => Date };
export type DataRequestFailure = DataRequestError | 'data-request.not-found';

async function nextCaseNumber(deps: DataRightsDeps): Promise<string> {
  const year = humanNumberYear(deps.now().getTime());
  const prefix = humanNumberPrefix('case', deps.desk.deskCode, year);
  const highest = await deps.db.cases.find({ selector: { caseNumber: { $gte: prefix, $lt: `${prefix}\uffff` } }, sort: [{ caseNumber: 'desc' }], limit: 5 }).exec();
  const sequence = nextHumanSequence('case', highest.map((doc) => doc.caseNumber), deps.desk.deskCode, year);
  return formatHumanNumber('case', { deskCode: deps.desk.deskCode, year, sequence });
}

export function openDataRequest(deps: DataRightsDeps, beneficiaryId: string, input: OpenDataRequestInput): Promise<Result<CaseDoc, DataRequestFailure>> {
  // The same key as the cases feature: one desk never hands out a case number twice.
  return serialized(`case-number:${deps.desk.deskCode}`, async () => {
    if (!(await deps.db.beneficiaries.findOne(beneficiaryId).exec())) return err('data-request.not-found');
    const now = deps.now();
    const made = openDataRequestCase(input, {
      id: crypto.randomUUID(), caseNumber: await nextCaseNumber(deps), now: now.toISOString(), today: riyadhDateOf(now.getTime()),
      actorId: deps.actorId, deskId: deps.desk.deskId, beneficiaryId,
    });
    if (!made.ok) return made;
    await deps.db.cases.insert(made.value);
    await appendAudit(deps.db, { actorId: deps.actorId, action: 'data-request.open', entity: 'cases', entityId: made.value.id, fields: ['dataRequest'], deskId: deps.desk.deskId }, now);
    return ok(made.value);
  });
}

type Step = (part: DataRequestPart, at: string, today: string) => Result<DataRequestPart, DataRequestError>;

function moveRequest(deps: DataRightsDeps, caseId: string, action: string, step: Step): Promise<Result<CaseDoc, DataRequestFailure>> {
  return serialized(`case:${caseId}`, async () => {
    const stored = await deps.db.cases.findOne(caseId).exec();
    const doc = stored?.toMutableJSON();
    if (!stored || !doc?.dataRequest) return err('data-request.not-found');
    const now = deps.now();
    const moved = step(doc.dataRequest, now.toISOString(), riyadhDateOf(now.getTime()));
    if (!moved.ok) return moved;
    const next = withDataRequest(doc, moved.value, { actorId: deps.actorId, deskId: deps.desk.deskId, now: now.toISOString() });
    await stored.incrementalModify(() => next);
    await appendAudit(deps.db, { actorId: deps.actorId, action, entity: 'cases', entityId: caseId, fields: ['dataRequest'], deskId: deps.desk.deskId }, now);
    return ok(next);
  });
}

export const checkIdentity = (deps: DataRightsDeps, caseId: string, document: string) =>
  moveRequest(deps, caseId, 'data-request.identity-check', (part, at) => verifyIdentity(part, { document, by: deps.actorId, at }));

export const extendRequest = (deps: DataRightsDeps, caseId: string, days: number, reason: string) =>
  moveRequest(deps, caseId, 'data-request.extend', (part, at, today) => extend(part, { days, reason, by: deps.actorId, at, today }));

export const refuseRequest = (deps: DataRightsDeps, caseId: string, reasons: string) =>
  moveRequest(deps, caseId, 'data-request.refuse', (part, at) => refuse(part, { reasons, by: deps.actorId, at }));

export const answerRequest = (deps: DataRightsDeps, caseId: string) => moveRequest(deps, caseId, 'data-request.answer', (part, at) => answer(part, { at }));
