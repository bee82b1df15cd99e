/** Synthetic visits for the shared tests: a planned home visit with the seeded checklist. */
import type { HolidayRange } from '@shared/calendar/holidays';
import { readVisitType, VISIT_TYPE_SEEDS, type VisitTypeData } from '@shared/catalog/visit-types';
import type { VisitDoc } from '@shared/db/schemas/visit.schema';
import { checkVisitPlan, newVisit, type ActionContext, type VisitPlanInput, type VisitReportInput } from '@shared/visits';

/** Tuesday 10 and Wednesday 11 March 2026 off (a synthetic holiday). */
export const HOLIDAYS: HolidayRange[] = [{ id: 'h1', nameAr: 'إجازة', nameEn: 'Holiday', start: '2026-03-10', end: '2026-03-11', kind: 'other' }];
export const MANAGER = 'manager-1';
export const WORKER = 'worker-1';

export const homeVisitType = (): VisitTypeData => {
  const type = readVisitType(VISIT_TYPE_SEEDS[0]?.data);
  if (!type) throw new Error('the seeded home-visit type must read');
  return type;
};

export function planInput(fields: Partial<VisitPlanInput> = {}): VisitPlanInput {
  return {
    target: 'beneficiary', siteName: '', beneficiaryId: 'ben-1', plannedDate: '2026-03-08', visitType: 'home-visit',
    purpose: 'متابعة حالة السكن', fieldWorkerId: WORKER, questionnaireIds: ['q-1'], previousVisitId: '', ...fields,
  };
}

export function plannedVisit(fields: Partial<VisitPlanInput> = {}): VisitDoc {
  const plan = checkVisitPlan(planInput(fields), '2026-03-01', homeVisitType());
  if (!plan.ok) throw new Error(`bad fixture plan: ${JSON.stringify(plan.error)}`);
  return newVisit(plan.value, homeVisitType(), { id: 'visit-1', visitNumber: 'RYD1-V2026-000001', at: '2026-03-01T06:00:00Z', by: MANAGER, deskId: 'desk-m' });
}

let next = 0;
/** Recording on Sunday 8 March 2026 (the following Tuesday and Wednesday are off). */
export const actionContext = (fields: Partial<ActionContext> = {}): ActionContext => ({
  newId: () => `action-${++next}`, at: '2026-03-08T07:00:00Z', by: WORKER, today: '2026-03-08', holidays: HOLIDAYS, actionDays: 3, ...fields,
});

/** A short report input without photos (the PDF worker's registry test). */
export const VISIT_REPORT_INPUT: VisitReportInput = {
  associationName: 'جمعية كادي', visitNumber: 'RYD1-V2026-000001', visitType: 'زيارة منزلية', target: 'موقع تجريبي', plannedDate: '2026-03-08',
  visitedDate: '2026-03-08', fieldWorker: 'نورة', status: 'مكتملة', purpose: '', findings: '', actions: [], interviews: [], photos: [],
  checklist: [{ label: 'النظافة والترتيب', result: 'met', note: '' }],
};
