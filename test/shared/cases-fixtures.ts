/** Synthetic cases for the shared tests: a fresh case and one walked (as admin) into any status. */
import type { HolidayRange } from '@shared/calendar/holidays';
import { DEFAULT_CASE_CLOCKS } from '@shared/catalog/case-catalog';
import { newCase, type CaseInput } from '@shared/cases/case-input';
import { recordContact, recordResponse } from '@shared/cases/case-loop';
import type { CaseStatus } from '@shared/cases/case-status';
import { transition, type CaseActor, type CaseContext, type CaseMove } from '@shared/cases/case-transition';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import type { Role } from '@shared/staff/roles';

/** Tuesday 10 and Wednesday 11 March 2026 off (a synthetic holiday). */
export const HOLIDAYS: HolidayRange[] = [{ id: 'h1', nameAr: 'إجازة', nameEn: 'Holiday', start: '2026-03-10', end: '2026-03-11', kind: 'other' }];
export const CONTEXT: CaseContext = { holidays: HOLIDAYS, clocks: DEFAULT_CASE_CLOCKS };
/** Sunday 1 March 2026, 09:00 in Riyadh. */
export const T0 = '2026-03-01T06:00:00Z';
export const at = (day: number, hour = 9): string => `2026-03-${String(day).padStart(2, '0')}T${String(hour - 3).padStart(2, '0')}:00:00Z`;

export const ADMIN: CaseActor = { id: 'admin-1', roles: ['admin'] };
export const OFFICER = 'officer-1';
export const actor = (id: string, ...roles: Role[]): CaseActor => ({ id, roles });

export function caseInput(fields: Partial<CaseInput> = {}): CaseInput {
  return {
    kind: 'complaint', category: 'service-delay', description: 'تأخر صرف المساعدة ثلاثة أشهر', beneficiaryId: 'ben-1',
    complainant: { name: '', mobile: '', email: '' }, proposedLink: { nationalId: '', mobile: '' },
    channel: 'phone', subChannel: 'voice-call', replyChannel: 'phone', replySubChannel: 'sms', priority: 'normal',
    domain: 'financial-aid', concernsStaffIds: [], sensitive: false, attachments: [], ...fields,
  };
}

export function freshCase(fields: Partial<CaseInput> = {}, now = T0): CaseDoc {
  const made = newCase(caseInput(fields), {
    id: 'case-1', caseNumber: 'RYD1-C2026-000001', now, actorId: 'reception-1', deskId: 'desk-1', source: 'desk',
    holidays: HOLIDAYS, clocks: DEFAULT_CASE_CLOCKS,
  });
  if (!made.ok) throw new Error(`fixture refused: ${JSON.stringify(made.error)}`);
  return made.value;
}

/** Every fact any edge needs, so only the edge itself (or its role) can refuse. */
export const fullMove = (to: CaseStatus): CaseMove => ({
  to, reason: 'سبب', officerId: OFFICER, unitId: 'financial-aid', disputeCaseId: 'case-2',
  resolution: { mode: 'amicable', agreement: 'اتُّفق على صرف الدفعة خلال أسبوع' },
});

export function move(doc: CaseDoc, to: CaseStatus, by: CaseActor = ADMIN, now = at(2), fields: Partial<CaseMove> = {}): CaseDoc {
  const result = transition(doc, { ...fullMove(to), ...fields }, by, now, CONTEXT);
  if (!result.ok) throw new Error(`fixture move to ${to} refused: ${result.error.code}`);
  return result.value.doc;
}

/** A case walked into `status`; 'resolved' already has a reached contact, 'informed' an accepting answer. */
export function caseIn(status: CaseStatus): CaseDoc {
  let doc = freshCase();
  if (status === 'received') return doc;
  doc = move(doc, 'assigned');
  if (status === 'assigned') return doc;
  doc = move(doc, 'in-progress');
  if (status === 'in-progress') return doc;
  if (status === 'waiting-for-complainant' || status === 'escalated') return move(doc, status);
  doc = move(doc, 'resolved');
  const told = recordContact(doc, { channel: 'phone', subChannel: 'sms', reached: true }, ADMIN, at(3));
  if (!told.ok) throw new Error(told.error.code);
  doc = told.value;
  if (status === 'resolved') return doc;
  doc = move(doc, 'informed', ADMIN, at(3));
  const answered = recordResponse(doc, 'accepts', ADMIN);
  if (!answered.ok) throw new Error(answered.error.code);
  doc = answered.value;
  if (status === 'informed') return doc;
  return move(doc, 'closed', ADMIN, at(4));
}
