/**
 * Whole documents (synthetic people) built on the dashboard's March 2026 fixture: person P owns some of its
 * requests, cases, answers and a home visit, with personal text, scans and photos; the rest belong to Q.
 */
import type { AuditDoc } from '@shared/db/schemas/audit.schema';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import type { ConflictDoc } from '@shared/db/schemas/conflict.schema';
import type { DeclarationDoc } from '@shared/db/schemas/declaration.schema';
import type { InteractionDoc } from '@shared/db/schemas/interaction.schema';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import type { SurveyDoc } from '@shared/db/schemas/survey.schema';
import type { VisitDoc } from '@shared/db/schemas/visit.schema';
import type { PersonRecords } from '@shared/data-rights/anonymise';
import { CASES, REQUESTS, SURVEYS, VISITS, at } from './dashboard-fixtures';

const META = { updatedAt: at('03-01'), updatedBy: 's', deskId: 'RYD1' };
export const hash = (n: number): string => n.toString(16).padStart(64, '0');
const file = (n: number) => ({ sha256: hash(n), name: `scan-${n}.pdf`, type: 'application/pdf' as const, size: 100 });

export const P = 'person-p';
export const Q = 'person-q';
const OWNER: Record<string, string> = { 'r1-day15': P, 'r3-overdue': P, 'c1-resolved': P, 'c3-overdue': P, a1: P, a2: P, v4: P };
const owner = (id: string) => OWNER[id] ?? Q;

export function beneficiary(id: string): BeneficiaryDoc {
  return {
    ...META, id, fileNumber: `RYD1-2026-00000${id === P ? 1 : 2}`, name: { first: 'سارة', father: 'أحمد', grandfather: 'علي', family: 'التجريبي' },
    fullName: 'سارة أحمد علي التجريبي', latinName: 'Sara Test', nationalId: '1234567890', idKind: 'citizen', birthDate: '1990-05-17',
    gender: 'female', nationality: 'SA', maritalStatus: 'married', familyCount: 3,
    familyMembers: [{ name: 'محمد', relation: 'son', birthDate: '2015-01-02' }], categoryKey: 'orphans', city: 'الرياض', district: 'النخيل',
    address: 'شارع ١٢', mobiles: ['+966500000001'], noMobileReason: '', preferredChannel: { channel: 'sms', subChannel: 'sms', address: '+966500000001' },
    consent: { purpose: 'الخدمة', givenAt: at('01-01'), takenBy: 's' }, notes: 'ملاحظة شخصية', duplicateAcknowledgments: [],
    createdAt: at('01-01'), createdBy: 's', importSource: { importId: 'imp-1', fileName: 'old-list.xlsx', row: 7 },
  };
}

export const REQUEST_DOCS: RequestDoc[] = REQUESTS.map((facts, n) => ({
  ...META, id: facts.id, requestNumber: `RYD1-R2026-00000${n}`, beneficiaryId: owner(facts.id),
  requestType: { id: 'aid', version: 1, nameAr: 'مساعدة', nameEn: 'Aid', unitId: facts.requestType.unitId, requirements: [{ id: 'income', kind: 'field', labelAr: 'الدخل', labelEn: 'Income', required: true }] },
  status: 'informed', unitId: facts.requestType.unitId, completionDate: null, dueDate: null, decision: null, declarationSigned: true,
  history: facts.history.map((entry) => ({ ...entry, reason: 'قال إنه مريض' })) as RequestDoc['history'],
  checklist: { income: { provided: true, value: '3000', note: 'راتب', files: [file(n + 1)] } }, notes: 'ملاحظة', createdAt: at('03-01'), createdBy: 's',
}));

export const CASE_DOCS: CaseDoc[] = CASES.map((facts, n) => ({
  ...META, ...facts, caseNumber: `RYD1-C2026-00000${n}`, description: 'شكوى فيها اسمي', beneficiaryId: owner(facts.id),
  complainant: { name: 'سارة', mobile: '+966500000001', email: 's@example.org' }, proposedLink: { nationalId: '1234567890', mobile: '+966500000001' },
  linkReview: 'none', subChannel: facts.channel, replyChannel: 'sms', replySubChannel: 'sms', priority: 'normal', domain: '', concernsStaffIds: [],
  sensitive: false, status: 'received', escalated: false, acknowledgeDueDate: null, dueDate: null, attachments: [file(50 + n)], interactionIds: [],
  resolution: facts.resolution ? { mode: 'decision', agreement: 'اتفاق', decision: 'upheld', summary: 'ملخص', resolvedAt: facts.resolution.resolvedAt, resolvedBy: 'o1', contacts: [], response: null } : null,
  appealOf: '', checkCodeHash: '', createdAt: facts.startedAt, createdBy: 's',
})) as CaseDoc[];

export const SURVEY_DOCS: SurveyDoc[] = SURVEYS.map((facts) => ({
  ...META, id: facts.id, kind: 'answer', campaignId: 'camp', questionnaireId: 'q1', beneficiaryId: owner(facts.id), createdAt: facts.at, createdBy: 's',
  answeredAt: facts.at, unitId: facts.unitId, score: facts.score, choices: { q1: ['yes'] }, numbers: { q2: 4 }, texts: { q3: 'رأيي الشخصي' },
}));

export const VISIT_DOCS: VisitDoc[] = VISITS.map((facts, n) => ({
  ...META, id: facts.id, visitNumber: `RYD1-V2026-00000${n}`, target: owner(facts.id) === P ? 'beneficiary' : 'site', siteName: '', beneficiaryId: owner(facts.id) === P ? P : '',
  plannedDate: facts.plannedDate, visitType: facts.visitType, purpose: 'زيارة منزل سارة', fieldWorkerId: 'w1', status: 'planned',
  history: [
    { from: null, to: 'planned', by: 'm', at: at('02-20'), reason: '' },
    ...(facts.doneAt ? [{ from: 'planned' as const, to: 'completed' as const, by: 'w1', at: facts.doneAt, reason: '' }] : []),
    ...(facts.cancelledAt ? [{ from: 'planned' as const, to: 'cancelled' as const, by: 'm', at: facts.cancelledAt, reason: 'المستفيدة في المستشفى' }] : []),
  ],
  checklist: [{ key: 'home', labelAr: 'المنزل', labelEn: 'Home', result: 'not-met', note: 'سقف متضرر' }], findings: 'وجدنا', photos: [{ file: { ...file(90 + n), type: 'image/jpeg', name: 'p.jpg' }, caption: 'غرفة', takenAt: at('03-12'), source: 'camera', locationKept: false, publicationConsent: 'unknown' }],
  questionnaireIds: [], interviewIds: [], actions: facts.actions.map((action, k) => ({ id: `act-${k}`, itemKey: 'home', text: 'إصلاح سقف سارة', ownerId: 'w1', dueDate: '2026-03-20', status: action.closedAt ? 'done' : 'open', createdAt: action.openedAt, createdBy: 'w1', doneAt: action.closedAt })),
  previousVisitId: '', readyAt: null, readyDeskId: '', visitedAt: null, createdAt: at('02-20'), createdBy: 'm',
})) as VisitDoc[];

export const INTERACTION: InteractionDoc = {
  ...META, id: 'i1', beneficiaryId: P, requestId: 'r1-day15', channel: 'sms', subChannel: 'sms', direction: 'outbound', subject: 'موعد سارة',
  summary: 'اتصلنا بسارة', staffId: 's', at: at('03-02'), kind: 'notice', address: '+966500000001', urgent: false, recordKind: 'request', recordId: 'r1-day15', noticeId: '', deliveryState: '', reason: '',
};

function declaration(id: string, signedAt: string, method: 'pad' | 'paper-scan', image: number): DeclarationDoc {
  const person = { name: { first: 'سارة', father: 'أحمد', grandfather: 'علي', family: 'التجريبي' }, fullName: 'سارة أحمد علي التجريبي', latinName: '', nationalId: '1234567890', mobiles: ['+966500000001'], noMobileReason: '', address: 'شارع ١٢', familyCount: 3, category: { ar: 'أيتام', en: 'Orphans' } };
  return {
    ...META, id, declarationNumber: `RYD1-D2026-${id}`, version: 1, supersedes: '', requestId: 'r1-day15', beneficiaryId: P,
    snapshot: { beneficiary: person, request: { requestNumber: 'RYD1-R2026-000000', requestType: { ar: 'مساعدة', en: 'Aid' }, requirements: [] }, channel: { label: { ar: 'رسالة', en: 'SMS' }, address: '+966500000001' }, due: { date: '', hijri: '', gregorian: '' }, associationName: 'جمعية', deskName: '', staffName: 'موظف', declaredAt: { instant: at('03-01'), hijri: '', gregorian: '', time: '' } },
    signature: { method, image: { sha256: hash(image), type: method === 'pad' ? 'image/png' : 'application/pdf', size: 10, ...(method === 'pad' ? { data: 'iVBORw0K' } : {}) }, signedAt },
    hash: hash(1), deskSignature: 'sig', deskKeyId: 'key', signedAt, createdAt: at('03-01'), createdBy: 's',
  };
}
export const SIGNED_DECLARATION = declaration('000001', at('03-01'), 'pad', 76);
export const DRAFT_DECLARATION = declaration('000002', '', 'paper-scan', 77);

export const AUDIT: AuditDoc = { ...META, id: 'au1', at: at('03-01'), actorId: 's', action: 'read-sensitive', entity: 'beneficiaries', entityId: P, fields: ['nationalId'] };
export const CONFLICT: ConflictDoc = { ...META, id: 'cf1', collectionName: 'beneficiaries', documentId: P, field: 'address', base: 'شارع ١', mine: 'شارع ٢', theirs: 'شارع ٣', mineDeskId: 'a', theirsDeskId: 'b', status: 'open', detectedAt: at('03-03'), choice: '', resolvedBy: '', resolvedAt: '' };

/** What the desk holds about a person, as the caller gathers it. */
export function recordsOf(id: string, extra: Partial<PersonRecords> = {}): PersonRecords {
  const mine = <T extends { beneficiaryId: string }>(docs: T[]) => docs.filter((doc) => doc.beneficiaryId === id);
  return {
    beneficiary: beneficiary(id), requests: mine(REQUEST_DOCS), interactions: [], declarations: [], cases: mine(CASE_DOCS),
    surveys: mine(SURVEY_DOCS), visits: mine(VISIT_DOCS), audit: [], conflicts: [], ...extra,
  };
}
