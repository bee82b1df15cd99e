/**
 * The visit report (policy 3.8c): the stored visit becomes the plain input of shared/visits/visit-report.ts
 * (names, dates, photos as data URLs, fetched from the server when this desk lacks them) and the PDF worker
 * lays it out (kind 'visit-report'). Printing or saving it is audited once it left the app.
 */
import { getBridge } from '@renderer/bridge/bridge';
import { renderPdf } from '@renderer/pdf/render-pdf';
import { appendAudit } from '@renderer/stores/audit-log';
import type { VisitDoc } from '@shared/db/schemas/visit.schema';
import type { VisitReportInput } from '@shared/visits';
import type { VisitsDeps } from './deps';
import { interviewAnswers, visitQuestionnaires } from './interviews';
import { photoBlob } from './photos';

const STATUS_WORDS: Record<VisitDoc['status'], string> = {
  planned: 'مخططة', ready: 'جاهزة دون اتصال', 'in-progress': 'قيد التنفيذ', completed: 'مكتملة', cancelled: 'ملغاة',
};

async function dataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${blob.type || 'image/jpeg'};base64,${btoa(binary)}`;
}

export async function visitReportInput(deps: VisitsDeps, visit: VisitDoc, associationName: string): Promise<VisitReportInput> {
  const [staff, type, file, questionnaires, answers] = await Promise.all([
    deps.db.staff.find().exec(),
    deps.db.catalog.findOne({ selector: { kind: 'visit-type', key: visit.visitType } }).exec(),
    visit.beneficiaryId === '' ? null : deps.db.beneficiaries.findOne(visit.beneficiaryId).exec(),
    visitQuestionnaires(deps, visit),
    interviewAnswers(deps, visit),
  ]);
  const name = (id: string) => staff.find((doc) => doc.id === id)?.displayName ?? id;
  const photos: VisitReportInput['photos'] = [];
  for (const photo of visit.photos) {
    const blob = await photoBlob(deps, photo.file);
    photos.push({ dataUrl: blob ? await dataUrl(blob) : '', caption: photo.caption, consent: photo.publicationConsent });
  }
  return {
    associationName,
    visitNumber: visit.visitNumber,
    visitType: type?.labelAr ?? visit.visitType,
    target: visit.target === 'site' ? visit.siteName : file ? `${file.fullName} (${file.fileNumber})` : visit.beneficiaryId,
    plannedDate: visit.plannedDate,
    visitedDate: visit.visitedAt ?? '—',
    fieldWorker: name(visit.fieldWorkerId),
    status: STATUS_WORDS[visit.status],
    purpose: visit.purpose,
    checklist: visit.checklist.map((item) => ({ label: item.labelAr, result: item.result, note: item.note })),
    findings: visit.findings,
    actions: visit.actions.map((action) => ({ text: action.text, owner: name(action.ownerId), dueDate: action.dueDate, done: action.status === 'done' })),
    interviews: questionnaires.map((q) => ({ questionnaire: q.title?.ar ?? q.id, count: answers.filter((answer) => answer.questionnaireId === q.id).length })),
    photos,
  };
}

export const visitReportFileName = (visit: Pick<VisitDoc, 'visitNumber'>): string => `visit-${visit.visitNumber}.pdf`;

export async function outputVisitReport(deps: VisitsDeps, visit: VisitDoc, associationName: string, output: 'print' | 'save'): Promise<void> {
  const blob = await renderPdf('visit-report', await visitReportInput(deps, visit, associationName));
  const request = { fileName: visitReportFileName(visit), bytes: new Uint8Array(await blob.arrayBuffer()) };
  if (output === 'print') await getBridge().invoke('pdf:print', request);
  else if ((await getBridge().invoke('pdf:save', request)).outcome === 'cancelled') return;
  await appendAudit(deps.db, { actorId: deps.actor.id, action: `visit.report-${output}`, entity: 'visits', entityId: visit.id, fields: [], deskId: deps.desk.deskId }, deps.now());
}
