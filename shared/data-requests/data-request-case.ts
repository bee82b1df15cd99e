/**
 * A data request as a case (kind 'data-request'): opened from the person's file, its `dataRequest` part
 * moved by the machine in data-request.ts. The case keeps the cases' shape so it syncs, lists and is
 * filtered like any case, but its clock is the part's 30 calendar days: `dueDate` is the part's due
 * date (extension included), and the working-day fields stay empty. The case is closed once the
 * request is answered or refused. Pure: ids, numbers and instants are passed in.
 */
import type { CaseDoc } from '../db/schemas/case.schema';
import type { IsoDate } from '../calendar/iso-date';
import { ok, type Result } from '../result';
import { dueDateOf, newDataRequest, type DataRequestError, type DataRequestPart, type Requester } from './data-request';

export type OpenDataRequestInput = { subKind: string; receivedVia: DataRequestPart['receivedVia']; requester: Requester; description: string };
export type OpenDataRequestFacts = { id: string; caseNumber: string; now: string; today: IsoDate; actorId: string; deskId: string; beneficiaryId: string };

export function openDataRequestCase(input: OpenDataRequestInput, facts: OpenDataRequestFacts): Result<CaseDoc, DataRequestError> {
  const made = newDataRequest({ subKind: input.subKind, receivedVia: input.receivedVia, receivedOn: facts.today, requester: input.requester });
  if (!made.ok) return made;
  const channel = input.receivedVia === 'phone' ? 'phone' : 'in-person';
  return ok({
    id: facts.id, caseNumber: facts.caseNumber, kind: 'data-request', category: '', description: input.description.trim() || made.value.subKind,
    beneficiaryId: facts.beneficiaryId, complainant: { name: '', mobile: '', email: '' }, proposedLink: { nationalId: '', mobile: '' }, linkReview: 'none',
    channel, subChannel: channel, replyChannel: '', replySubChannel: '', priority: 'normal', domain: '', unitId: '', officerId: '',
    concernsStaffIds: [], sensitive: true, status: 'in-progress', escalated: false, history: [], startedAt: facts.now, pauses: [],
    acknowledgeDueDate: null, acknowledgedAt: facts.now, dueDate: dueDateOf(made.value), attachments: made.value.requester.proof ? [made.value.requester.proof] : [],
    interactionIds: [], resolution: null, appealOf: '', checkCodeHash: '', source: 'desk', createdAt: facts.now, createdBy: facts.actorId,
    updatedAt: facts.now, updatedBy: facts.actorId, deskId: facts.deskId, dataRequest: made.value,
  });
}

/** The case after its part moved: due date and case status follow the part. */
export function withDataRequest(doc: CaseDoc, part: DataRequestPart, by: { actorId: string; deskId: string; now: string }): CaseDoc {
  const done = part.status === 'answered' || part.status === 'refused';
  return { ...doc, dataRequest: part, dueDate: dueDateOf(part), status: done ? 'closed' : 'in-progress', updatedAt: by.now, updatedBy: by.actorId, deskId: by.deskId };
}
