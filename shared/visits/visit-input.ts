/**
 * Planning a visit (policy 3.8c): the checks a manager's plan must pass before anything is written, and
 * the new visit document. Pure: ids, clock and the visit type's checklist are passed in.
 */
import { isIsoDate, compareIsoDates, type IsoDate } from '../calendar/iso-date';
import { VISIT_LIMITS, VISIT_TARGETS, type VisitDoc, type VisitTarget } from '../db/schemas/visit.schema';
import type { VisitTypeData } from '../catalog/visit-types';
import { err, ok, type FieldErrors, type Result } from '../result';

export type VisitPlanInput = {
  target: string;
  siteName: string;
  beneficiaryId: string;
  plannedDate: string;
  visitType: string;
  purpose: string;
  fieldWorkerId: string;
  questionnaireIds: readonly string[];
  previousVisitId: string;
};

export type VisitPlanField = 'target' | 'siteName' | 'beneficiaryId' | 'plannedDate' | 'visitType' | 'purpose' | 'fieldWorkerId' | 'questionnaireIds';
export type VisitPlanCode = 'required' | 'too-long' | 'invalid' | 'in-the-past' | 'too-many';
export type VisitPlanErrors = FieldErrors<VisitPlanField, VisitPlanCode>;

export type CheckedPlan = Omit<VisitPlanInput, 'target'> & { target: VisitTarget };

/**
 * @param today the desk's Riyadh date: a visit is not planned in the past
 * @param visitType the chosen type's checklist from the catalog, or null when the key is unknown/unreadable
 */
export function checkVisitPlan(input: VisitPlanInput, today: IsoDate, visitType: VisitTypeData | null): Result<CheckedPlan, VisitPlanErrors> {
  const errors: VisitPlanErrors = {};
  const target = (VISIT_TARGETS as readonly string[]).includes(input.target) ? (input.target as VisitTarget) : null;
  if (!target) errors.target = 'required';
  const siteName = input.siteName.trim();
  if (target === 'site' && siteName === '') errors.siteName = 'required';
  if (siteName.length > VISIT_LIMITS.siteName) errors.siteName = 'too-long';
  if (target === 'beneficiary' && input.beneficiaryId === '') errors.beneficiaryId = 'required';
  if (input.plannedDate === '') errors.plannedDate = 'required';
  else if (!isIsoDate(input.plannedDate)) errors.plannedDate = 'invalid';
  else if (compareIsoDates(input.plannedDate, today) < 0) errors.plannedDate = 'in-the-past';
  if (input.visitType === '') errors.visitType = 'required';
  else if (!visitType) errors.visitType = 'invalid';
  if (input.purpose.trim().length > VISIT_LIMITS.purpose) errors.purpose = 'too-long';
  if (input.fieldWorkerId === '') errors.fieldWorkerId = 'required';
  if (input.questionnaireIds.length > VISIT_LIMITS.questionnaires) errors.questionnaireIds = 'too-many';
  if (Object.keys(errors).length > 0 || !target) return err(errors);
  return ok({
    ...input,
    target,
    siteName: target === 'site' ? siteName : '',
    beneficiaryId: target === 'beneficiary' ? input.beneficiaryId : '',
    purpose: input.purpose.trim(),
    questionnaireIds: [...new Set(input.questionnaireIds)],
  });
}

export type NewVisitMeta = { id: string; visitNumber: string; at: string; by: string; deskId: string };

/** The planned visit: the type's checklist copied in, every result still open. */
export function newVisit(plan: CheckedPlan, visitType: VisitTypeData, meta: NewVisitMeta): VisitDoc {
  return {
    id: meta.id,
    visitNumber: meta.visitNumber,
    target: plan.target,
    siteName: plan.siteName,
    beneficiaryId: plan.beneficiaryId,
    plannedDate: plan.plannedDate,
    visitType: plan.visitType,
    purpose: plan.purpose,
    fieldWorkerId: plan.fieldWorkerId,
    status: 'planned',
    history: [{ from: null, to: 'planned', by: meta.by, at: meta.at, reason: '' }],
    checklist: visitType.items.map((item) => ({ ...item, result: null, note: '' })),
    findings: '',
    photos: [],
    questionnaireIds: [...plan.questionnaireIds],
    interviewIds: [],
    actions: [],
    previousVisitId: plan.previousVisitId,
    readyAt: null,
    readyDeskId: '',
    visitedAt: null,
    createdAt: meta.at,
    createdBy: meta.by,
    updatedAt: meta.at,
    updatedBy: meta.by,
    deskId: meta.deskId,
  };
}
