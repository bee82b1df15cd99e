/**
 * Reads what the desk holds into the dashboard's plain facts (shared/dashboard), once per opening:
 * requests and cases with their histories (cases about the viewer left out, as everywhere), the
 * holiday table and case clocks, the catalog labels, and for the drill-down a reference per document
 * (its number, status, unit). The facts go to the worker; the references stay here.
 */
import { caseClocksFrom, type CaseClockTable } from '@shared/catalog/case-catalog';
import type { HolidayRange } from '@shared/calendar/holidays';
import { visibleCases } from '@shared/cases/case-visibility';
import type { CaseFacts } from '@shared/dashboard/case-figures';
import type { DashboardData } from '@shared/dashboard/compute';
import { caseFactsOf, requestFactsOf, surveyFactsOf, visitFactsOf } from '@shared/dashboard/facts-from-docs';
import type { PolicyFacts, VisitFacts } from '@shared/dashboard/survey-visit-figures';
import { POLICY_VERSION_KIND, ackFromAudit, policyFromCatalog, versionKey } from '@shared/policy';
import type { VisitDoc } from '@shared/db/schemas/visit.schema';
import type { WaslDatabase } from '@renderer/db/database';
import type { RequestFacts } from '@shared/dashboard/request-figures';
import type { CatalogDoc } from '@shared/db/schemas/catalog.schema';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import { readHolidays } from '@renderer/db/catalog-admin';
import type { DashboardDeps } from './deps';

/** A document behind a figure, as the drill-down lists it. */
export type DocRef = { kind: 'request' | 'case' | 'staff' | 'survey' | 'visit'; id: string; number: string; status: string; unitId: string; date: string };

export type Labels = { units: CatalogDoc[]; categories: CatalogDoc[]; channels: CatalogDoc[]; visitTypes: CatalogDoc[]; staff: ReadonlyMap<string, string> };

export type DashboardSource = { data: DashboardData; holidays: HolidayRange[]; clocks: CaseClockTable; refs: ReadonlyMap<string, DocRef>; labels: Labels };

async function catalogKind(deps: DashboardDeps, kind: string): Promise<CatalogDoc[]> {
  return (await deps.db.catalog.find({ selector: { kind }, sort: [{ order: 'asc' }] }).exec()).map((doc) => doc.toMutableJSON());
}

type RequestFields = Pick<RequestDoc, 'id' | 'requestNumber' | 'status' | 'unitId' | 'completionDate' | 'requestType' | 'history'>;

function requestFacts(docs: readonly RequestFields[], refs: Map<string, DocRef>): RequestFacts[] {
  return docs.map((doc) => {
    refs.set(doc.id, { kind: 'request', id: doc.id, number: doc.requestNumber, status: doc.status, unitId: doc.unitId, date: doc.completionDate ?? '' });
    return requestFactsOf(doc);
  });
}

/** Visits (3.8c): done and cancelled from their own history (the first move to each). */
function visitFacts(docs: readonly VisitDoc[], refs: Map<string, DocRef>): VisitFacts[] {
  return docs.map((doc) => {
    refs.set(doc.id, { kind: 'visit', id: doc.id, number: doc.visitNumber, status: doc.status, unitId: '', date: doc.plannedDate });
    return visitFactsOf(doc);
  });
}

/** The policy versions (catalog) and their acknowledgements (audit entries, by version key: never a scan of the log). */
async function policyFacts(db: WaslDatabase, staff: PolicyFacts['staff']): Promise<PolicyFacts> {
  const versions = (await db.catalog.find({ selector: { kind: POLICY_VERSION_KIND } }).exec()).flatMap((doc) => policyFromCatalog(doc.toMutableJSON() as Parameters<typeof policyFromCatalog>[0]) ?? []);
  const keys = versions.map((v) => versionKey(v.documentKey, v.version));
  const acks = (await db.audit.find({ selector: { entityId: { $in: keys } } }).exec()).flatMap((doc) => ackFromAudit(doc.toMutableJSON()) ?? []);
  return { staff, versions, acks };
}

export async function readDashboardSource(deps: DashboardDeps): Promise<DashboardSource> {
  const [requests, cases, staff, holidays, clockEntries, units, categories, channels, visitTypes, answers, visits] = await Promise.all([
    deps.db.requests.find().exec(),
    deps.db.cases.find().exec(),
    deps.db.staff.find().exec(),
    readHolidays(deps.db),
    catalogKind(deps, 'case-clock'),
    catalogKind(deps, 'unit'),
    catalogKind(deps, 'case-category'),
    catalogKind(deps, 'channel'),
    catalogKind(deps, 'visit-type'),
    deps.db.surveys.find({ selector: { kind: 'answer' } }).exec(),
    deps.db.visits.find().exec(),
  ]);
  const refs = new Map<string, DocRef>();
  const caseFacts: CaseFacts[] = visibleCases(cases.map((doc) => doc.toMutableJSON()), deps.actor).map((doc) => {
    refs.set(doc.id, { kind: 'case', id: doc.id, number: doc.caseNumber, status: doc.status, unitId: doc.unitId, date: doc.startedAt.slice(0, 10) });
    return caseFactsOf(doc);
  });
  for (const member of staff) refs.set(member.id, { kind: 'staff', id: member.id, number: member.displayName, status: member.active ? 'active' : 'inactive', unitId: '', date: '' });
  const policy = await policyFacts(deps.db, staff.map((d) => ({ id: d.id, displayName: d.displayName, roles: [...d.roles], active: d.active })));
  return {
    data: { requests: requestFacts(requests, refs), cases: caseFacts, surveys: surveyFactsOf(answers), visits: visitFacts(visits, refs), policy },
    holidays,
    clocks: caseClocksFrom(clockEntries),
    refs,
    labels: { units, categories, channels, visitTypes, staff: new Map(staff.map((member) => [member.id, member.displayName])) },
  };
}
