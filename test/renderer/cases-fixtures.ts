/** A desk with a beneficiary, staff, a liaison matrix cell, a search index and a settable clock, for the cases data tests. */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { createSearchIndex, type SearchIndex } from '../../renderer/src/db/search-index';
import type { CasesDeps } from '../../renderer/src/features/cases/data';
import type { CaseDoc } from '../../shared/db/schemas/case.schema';
import type { Role } from '../../shared/staff/roles';
import { staffDoc } from './db-fixtures';
import { DESK, openIntakeDesk, type IntakeDesk } from './intake-fixtures';

export const BLIND_KEY = '1e'.repeat(32);
export const CLERK = { id: 'staff-clerk', roles: ['receptionist'] as Role[], unitIds: [] as string[] };
export const LIAISON = { id: 'staff-liaison', roles: ['liaison-officer'] as Role[], unitIds: [] as string[] };
export const BACKUP = { id: 'staff-backup', roles: ['liaison-officer'] as Role[], unitIds: [] as string[] };
/** The staff member a complaint is about (conflict of interest). */
export const STAFF_X = { id: 'staff-x', roles: ['follow-up-officer', 'liaison-officer'] as Role[], unitIds: ['follow-up'] };
export const MANAGER = { id: 'staff-manager', roles: ['manager'] as Role[], unitIds: [] as string[] };

export type CasesDesk = IntakeDesk & { index: SearchIndex; cases(actor?: CasesDeps['actor']): CasesDeps };

/** The intake desk plus staff accounts, the matrix cell low-income families × social care → LIAISON (backup BACKUP). */
export async function openCasesDesk(start?: Date): Promise<CasesDesk> {
  const desk = await openIntakeDesk(start);
  for (const [i, s] of [CLERK, LIAISON, BACKUP, STAFF_X, MANAGER].entries()) {
    await desk.db.staff.insert(staffDoc({ id: s.id, username: `user${i}`, displayName: `موظف ${i}`, roles: s.roles, unitIds: s.unitIds }));
  }
  await desk.db.catalog.insert({
    id: 'lia-low-income-families', kind: 'liaison-row', key: 'low-income-families', labelAr: 'الأسر ذات الدخل المحدود', labelEn: 'Low-income families',
    active: true, order: 0, data: { cells: { 'social-care': { officerId: LIAISON.id, backupId: BACKUP.id } } },
    updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'seed', deskId: DESK.deskId,
  });
  const index = createSearchIndex(desk.db, BLIND_KEY, { indexedDB, IDBKeyRange, name: `${desk.db.name}-index` });
  await index.start();
  return {
    ...desk,
    index,
    cases: (actor = CLERK) => ({ db: desk.db, actor, desk: DESK, now: () => desk.clock.at, files: desk.files, index }),
    close: async () => {
      await index.close();
      await desk.close();
    },
  };
}

/** A complaint from the desk's beneficiary about social care, by phone. */
export const complaintInput = (beneficiaryId: string, overrides: Record<string, unknown> = {}) => ({
  kind: 'complaint', category: 'service-delay', channel: 'phone', subChannel: 'voice-call', beneficiaryId,
  description: 'تأخر صرف السلة الغذائية ثلاثة أسابيع', priority: 'normal', domain: 'social-care', ...overrides,
});

/** A case as the public page's server writes it: received, unrouted, proposing a file by national ID. */
export function webCase(overrides: Partial<CaseDoc> = {}): CaseDoc {
  const at = '2026-03-01T06:00:00.000Z';
  return {
    id: crypto.randomUUID(), caseNumber: 'WEB-C2026-000001', kind: 'complaint', category: '', description: 'لم يصلني رد على طلبي',
    beneficiaryId: '', complainant: { name: 'مقدم شكوى', mobile: '', email: '' }, proposedLink: { nationalId: '', mobile: '' },
    linkReview: 'none', channel: 'website-email', subChannel: 'web-form', replyChannel: '', replySubChannel: '', priority: 'normal',
    domain: '', unitId: 'follow-up', officerId: '', concernsStaffIds: [], sensitive: false, status: 'received', escalated: false,
    history: [], startedAt: at, pauses: [], acknowledgeDueDate: '2026-03-02', acknowledgedAt: null, dueDate: '2026-03-15',
    attachments: [], interactionIds: [], resolution: null, appealOf: '', checkCodeHash: 'x'.repeat(64), source: 'web',
    createdAt: at, createdBy: 'server', updatedAt: at, updatedBy: 'server', deskId: 'server', ...overrides,
  };
}

/** The value of a result, or a failure naming the refusal's code. */
export function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}
