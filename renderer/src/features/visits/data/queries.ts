/**
 * Live reads of visits: the list a person sees (a field worker its own, management all: the pull filter
 * already keeps other visits off a field worker's desk; this keeps a shared desk's list to its holder too),
 * one visit, the open corrective actions across visits, and the staff's names.
 */
import { map, of, type Observable } from 'rxjs';
import type { VisitAction, VisitDoc } from '@shared/db/schemas/visit.schema';
import type { CatalogDoc } from '@shared/db/schemas/catalog.schema';
import { mayPlanVisits, type VisitsDeps } from './deps';

export function watchVisits(deps: Pick<VisitsDeps, 'db' | 'actor'>): Observable<VisitDoc[]> {
  const selector = mayPlanVisits(deps.actor.roles) || deps.actor.roles.includes('follow-up-officer') ? {} : { fieldWorkerId: deps.actor.id };
  return deps.db.visits.find({ selector, sort: [{ plannedDate: 'asc' }] }).$.pipe(map((docs) => docs.map((doc) => doc.toMutableJSON())));
}

export function watchVisit(deps: Pick<VisitsDeps, 'db'>, id: string): Observable<VisitDoc | null> {
  return deps.db.visits.findOne(id).$.pipe(map((doc) => (doc ? doc.toMutableJSON() : null)));
}

export type OpenAction = VisitAction & { visitId: string; visitNumber: string };

/** Open corrective and follow-up actions, soonest due first (management's follow-up, policy 3.8e). */
export function openActions(visits: readonly VisitDoc[]): OpenAction[] {
  return visits
    .flatMap((visit) => visit.actions.filter((action) => action.status === 'open').map((action) => ({ ...action, visitId: visit.id, visitNumber: visit.visitNumber })))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

export function watchVisitTypes(deps: Pick<VisitsDeps, 'db'>): Observable<CatalogDoc[]> {
  return deps.db.catalog.find({ selector: { kind: 'visit-type' }, sort: [{ order: 'asc' }] }).$.pipe(map((docs) => docs.map((doc) => doc.toMutableJSON())));
}

export type StaffOption = { id: string; name: string; fieldWorker: boolean };

export function watchStaffOptions(deps: Pick<VisitsDeps, 'db'>): Observable<StaffOption[]> {
  return deps.db.staff.find({ selector: { active: true } }).$.pipe(
    map((docs) => docs.map((doc) => ({ id: doc.id, name: doc.displayName, fieldWorker: doc.roles.includes('field-worker') }))),
  );
}

/** Questionnaires on this desk (the latest versions the surveys feature wrote), for a visit's interviews. */
export function watchQuestionnaires(deps: Pick<VisitsDeps, 'db'>): Observable<{ id: string; title: string }[]> {
  return deps.db.surveys.find({ selector: { kind: 'questionnaire' } }).$.pipe(
    map((docs) => docs.map((doc) => ({ id: doc.id, title: `${doc.title?.ar ?? doc.id}${doc.seriesVersion ? ` (v${doc.seriesVersion})` : ''}` }))),
  );
}

/** The visited site's name, or the beneficiary's name and file number when this desk holds the file. */
export function watchTargetLabel(deps: Pick<VisitsDeps, 'db'>, visit: Pick<VisitDoc, 'target' | 'siteName' | 'beneficiaryId'>): Observable<string> {
  if (visit.target === 'site') return of(visit.siteName);
  return deps.db.beneficiaries.findOne(visit.beneficiaryId).$.pipe(map((file) => (file ? `${file.fullName} — ${file.fileNumber}` : visit.beneficiaryId)));
}
