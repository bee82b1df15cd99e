/**
 * The dashboard's exports (policy 3.8e–f): aggregate XLSX and PDF (small groups hidden), and the named
 * list behind a figure row, which only managers and admins may take. Every export is written to the
 * audit log before the file is handed over, so none leaves the desk unrecorded.
 */
import type { Dashboard } from '@shared/dashboard/compute';
import type { LabelValue } from '@shared/intake/pdf/document-parts';
import { mayExportNamedList } from '@shared/dashboard/small-groups';
import { err, ok, type Result } from '@shared/result';
import { appendAudit } from '@renderer/stores/audit-log';
import { downloadPdf, renderPdf } from '@renderer/pdf/render-pdf';
import type { DashboardClient } from './dashboard-client';
import type { DashboardDeps } from './deps';
import { aggregateSheets, namedListSheet, pdfSections, type Wording } from './export-sheets';
import type { DocRef } from './read-source';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const periodId = (dashboard: Dashboard): string => `${dashboard.period.from}..${dashboard.period.to}`;

async function audit(deps: DashboardDeps, action: string, entityId: string, fields: string[]): Promise<void> {
  await appendAudit(deps.db, { actorId: deps.actor.id, action, entity: 'dashboard', entityId, fields, deskId: deps.desk.deskId }, deps.now());
}

export async function exportAggregateXlsx(deps: DashboardDeps, client: DashboardClient, dashboard: Dashboard, wording: Wording): Promise<void> {
  const { bytes } = await client.xlsx(aggregateSheets(dashboard, wording), deps.actor.id, deps.now());
  await audit(deps, 'dashboard.export-xlsx', periodId(dashboard), dashboard.figures.map((figure) => figure.key));
  downloadPdf(new Blob([bytes], { type: XLSX_TYPE }), `dashboard-${periodId(dashboard)}.xlsx`);
}

export async function exportDashboardPdf(deps: DashboardDeps, dashboard: Dashboard, wording: Wording, header: { associationName: string; facts: LabelValue[] }): Promise<void> {
  const blob = await renderPdf('dashboard', {
    associationName: header.associationName,
    title: wording.t('dashboard.export.pdfTitle'),
    facts: header.facts,
    note: wording.t('dashboard.export.smallGroups'),
    sections: pdfSections(dashboard, wording),
  });
  await audit(deps, 'dashboard.export-pdf', periodId(dashboard), dashboard.figures.map((figure) => figure.key));
  downloadPdf(blob, `dashboard-${periodId(dashboard)}.pdf`);
}

/** The list behind one row; refused ('dashboard.errors.not-allowed') to anyone but a manager or an admin. */
export async function exportNamedList(deps: DashboardDeps, client: DashboardClient, list: { figure: string; group: string; refs: readonly DocRef[] }, dashboard: Dashboard, wording: Wording): Promise<Result<null, 'dashboard.errors.not-allowed'>> {
  if (!mayExportNamedList(deps.actor.roles)) return err('dashboard.errors.not-allowed');
  const { bytes } = await client.xlsx([namedListSheet(list.refs, wording)], deps.actor.id, deps.now());
  await audit(deps, 'dashboard.export-list', periodId(dashboard), [`${list.figure}:${list.group}`, `rows:${list.refs.length}`]);
  downloadPdf(new Blob([bytes], { type: XLSX_TYPE }), `dashboard-list-${list.figure}-${periodId(dashboard)}.xlsx`);
  return ok(null);
}
