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
import type { RequestFacts } from '@shared/dashboard/request-figures';
import type { CatalogDoc } from '@shared/db/schemas/catalog.schema';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import { readHolidays } from '@renderer/db/catalog-admin';
import type { DashboardDeps } from './deps';

/** A document behind a figure, as the drill-down lists it. */
export type DocRef = { kind: 'request' | 'case' | 'staff' | 'survey' | 'visit'; id: string; number: string; status: string; unitId: string; date: string };

export type Labels = { units: CatalogDoc[]; categories: CatalogDoc[]; channels: CatalogDoc[]; staff: ReadonlyMap<string, string> };

export type DashboardSource = { data: DashboardData; holidays: HolidayRange[]; clocks: CaseClockTable; refs: ReadonlyMap<string, DocRef>; labels: Labels };

async function catalogKind(deps: DashboardDeps, kind: string): Promise<CatalogDoc[]> {
  return (await deps.db.catalog.find({ selector: { kind }, sort: [{ order: 'asc' }] }).exec()).map((doc) => doc.toMutableJSON());
}

type RequestFields = Pick<RequestDoc, 'id' | 'requestNumber' | 'status' | 'unitId' | 'completionDate' | 'requestType' | 'history'>;

function requestFacts(docs: readonly RequestFields[], refs: Map<string, DocRef>): RequestFacts[] {
  return docs.map((doc) => {
    refs.set(doc.id, { kind: 'request', id: doc.id, number: doc.requestNumber, status: doc.status, unitId: doc.unitId, date: doc.completionDate ?? '' });
    return { id: doc.id, requestType: { unitId: doc.requestType.unitId }, history: doc.history };
  });
}

export async function readDashboardSource(deps: DashboardDeps): Promise<DashboardSource> {
  const [requests, cases, staff, holidays, clockEntries, units, categories, channels] = await Promise.all([
    deps.db.requests.find().exec(),
    deps.db.cases.find().exec(),
    deps.db.staff.find().exec(),
    readHolidays(deps.db),
    catalogKind(deps, 'case-clock'),
    catalogKind(deps, 'unit'),
    catalogKind(deps, 'case-category'),
    catalogKind(deps, 'channel'),
  ]);
  const refs = new Map<string, DocRef>();
  const caseFacts: CaseFacts[] = visibleCases(cases.map((doc) => doc.toMutableJSON()), deps.actor).map((doc) => {
    refs.set(doc.id, { kind: 'case', id: doc.id, number: doc.caseNumber, status: doc.status, unitId: doc.unitId, date: doc.startedAt.slice(0, 10) });
    const { id, kind, category, channel, unitId, officerId, history, startedAt, pauses, acknowledgedAt, source, resolution } = doc;
    return { id, kind, category, channel, unitId, officerId, history, startedAt, pauses, acknowledgedAt, source, resolution: resolution ? { resolvedAt: resolution.resolvedAt } : null };
  });
  for (const member of staff) refs.set(member.id, { kind: 'staff', id: member.id, number: member.displayName, status: member.active ? 'active' : 'inactive', unitId: '', date: '' });
  return {
    data: { requests: requestFacts(requests, refs), cases: caseFacts, surveys: [], visits: [], policy: null },
    holidays,
    clocks: caseClocksFrom(clockEntries),
    refs,
    labels: { units, categories, channels, staff: new Map(staff.map((member) => [member.id, member.displayName])) },
  };
}
