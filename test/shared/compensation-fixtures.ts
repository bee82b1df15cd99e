import type { CaseDoc, CompensationPart } from '@shared/db/schemas/case.schema';
import { openCompensation } from '@shared/compensation/open-compensation';
import { putMinute, type MinuteContent } from '@shared/compensation/minute-approval';
import type { CompensationActor } from '@shared/compensation/compensation-status';
import type { MinuteDocumentInput } from '@shared/compensation/minute-document';

export const A: CompensationActor = { id: 'member-a', roles: ['committee-member'] };
export const B: CompensationActor = { id: 'member-b', roles: ['committee-member'] };
export const C: CompensationActor = { id: 'member-c', roles: ['committee-member'] };
export const MANAGER: CompensationActor = { id: 'manager-1', roles: ['manager'] };
export const RECEPTION: CompensationActor = { id: 'reception-1', roles: ['receptionist'] };
export const at = (minute: number) => `2026-04-01T08:${String(minute).padStart(2, '0')}:00Z`;

/** A complaint as the cases screens hold it (synthetic). */
export function complaint(over: Partial<CaseDoc> = {}): CaseDoc {
  return {
    id: 'complaint-1', caseNumber: 'RYD1-C2026-000001', kind: 'complaint', category: 'service-delay', description: 'تأخر صرف المساعدة',
    beneficiaryId: 'ben-1', complainant: { name: '', mobile: '', email: '' }, proposedLink: { nationalId: '', mobile: '' }, linkReview: 'none',
    channel: 'phone', subChannel: 'voice-call', replyChannel: 'phone', replySubChannel: 'sms', priority: 'normal', domain: 'financial-aid',
    unitId: 'u1', officerId: 'officer-1', concernsStaffIds: [], sensitive: false, status: 'resolved', escalated: false, history: [],
    startedAt: at(0), pauses: [], acknowledgeDueDate: null, acknowledgedAt: at(1), dueDate: null, attachments: [], interactionIds: [],
    resolution: null, appealOf: '', checkCodeHash: '', source: 'desk', createdAt: at(0), createdBy: 'reception-1',
    updatedAt: at(0), updatedBy: 'reception-1', deskId: 'desk-1', ...over,
  };
}

export function opened(over: Partial<CaseDoc> = {}): CaseDoc {
  const made = openCompensation(complaint(over), { harm: 'صرف متأخر سبب غرامة', claimedAmount: 150_000, causes: 'خطأ إداري', evidence: [] }, {
    id: 'comp-1', caseNumber: 'RYD1-C2026-000002', now: at(2), actor: MANAGER, deskId: 'desk-1',
  });
  if (!made.ok) throw new Error(made.error.code);
  return made.value.compensation;
}

export const CONTENT: MinuteContent = {
  date: '2026-04-02', presentIds: ['member-a', 'member-b'], harm: 'غرامة تأخير', size: 'ألف وخمسمئة ريال', causes: 'تأخر الصرف', decision: 'تعويض المستفيد', amount: 150_000,
};

export function part(doc: CaseDoc): CompensationPart {
  if (!doc.compensation) throw new Error('not a compensation case');
  return doc.compensation;
}

export function ok<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

/** A case under investigation with a minute put to members A and B. */
export function drafted(committeeIds: readonly string[] = ['member-a', 'member-b']): CompensationPart {
  const doc = opened();
  const investigating = { ...part(doc), minuteNumber: 'RYD1-M2026-000001', status: 'under-investigation' as const };
  return ok(putMinute(investigating, CONTENT, { caseId: doc.id, concernsStaffIds: [], committeeIds }, MANAGER, at(3)));
}

/** A printed minute's input (synthetic names). */
export const MINUTE_INPUT: MinuteDocumentInput = {
  associationName: 'جمعية كادي', minuteNumber: 'RYD1-M2026-000001', caseNumber: 'RYD1-C2026-000002', version: 2, date: '2026-04-02',
  present: ['سارة العضو', 'خالد العضو'], harm: 'غرامة تأخير على المستفيد', size: 'ألف وخمسمئة ريال', causes: 'تأخر الصرف', decision: 'تعويض المستفيد',
  amount: '1,500.00 ر.س', state: 'معتمد', hash: 'ab'.repeat(32),
  decisions: [
    { name: 'سارة العضو', decision: 'موافقة', at: '2026-04-03 10:00', reason: '' },
    { name: 'خالد العضو', decision: 'موافقة', at: '2026-04-03 11:30', reason: '' },
  ],
};
