/**
 * The answer to an access or copy request (PDPL art. 4): everything the desk holds about the person,
 * read here (queries stay in data/), gathered by the pure shared/data-requests/personal-data.ts, given
 * as the machine-readable JSON and as the input of the 'personal-data' PDF kind. Each copy handed out
 * is audited against the request's case, naming the form, never the data.
 */
import type { WaslDatabase } from '@renderer/db/database';
import { appendAudit } from '@renderer/stores/audit-log';
import { gatherPersonalData, personalDataJson, type DeskDocuments, type PersonalData, type StoredDoc } from '@shared/data-requests/personal-data';
import type { PersonalDataPdfInput } from '@shared/data-requests/personal-data-pdf';
import type { DualDate } from '@shared/intake/pdf/document-parts';

export type ExportDeps = { db: WaslDatabase; actorId: string; deskId: string; now: () => Date };
export type ExportRequest = { caseId: string; caseNumber: string; beneficiaryId: string };

const plain = (docs: readonly { toMutableJSON(): unknown }[]) => docs.map((doc) => doc.toMutableJSON() as StoredDoc);

/** Every linked document, by the beneficiaryId indexes; the audit entries about any of them. */
export async function readPersonalData(db: WaslDatabase, beneficiaryId: string, gatheredAt: string): Promise<PersonalData> {
  const selector = { beneficiaryId };
  const [beneficiary, requests, declarations, interactions, cases, surveys, visits] = await Promise.all([
    db.beneficiaries.findOne(beneficiaryId).exec(),
    db.requests.find({ selector }).exec(),
    db.declarations.find({ selector }).exec(),
    db.interactions.find({ selector }).exec(),
    db.cases.find({ selector }).exec(),
    db.surveys.find({ selector }).exec(),
    db.visits.find({ selector }).exec(),
  ]);
  const linked = { requests: plain(requests), declarations: plain(declarations), interactions: plain(interactions), cases: plain(cases), surveys: plain(surveys), visits: plain(visits) };
  const ids = [beneficiaryId, ...Object.values(linked).flat().map((doc) => doc.id)];
  const audit = plain(await db.audit.find({ selector: { entityId: { $in: ids } } }).exec());
  const docs: DeskDocuments = { beneficiaries: beneficiary ? plain([beneficiary]) : [], ...linked, audit };
  return gatherPersonalData(beneficiaryId, docs, gatheredAt);
}

async function audited(deps: ExportDeps, request: ExportRequest, form: 'json' | 'pdf'): Promise<void> {
  await appendAudit(deps.db, { actorId: deps.actorId, action: `data-request.export-${form}`, entity: 'cases', entityId: request.caseId, fields: ['beneficiaryId'], deskId: deps.deskId }, deps.now());
}

/** The JSON copy (UTF-8 text), audited. */
export async function exportPersonalDataJson(deps: ExportDeps, request: ExportRequest): Promise<string> {
  const data = await readPersonalData(deps.db, request.beneficiaryId, deps.now().toISOString());
  const json = personalDataJson(data);
  await audited(deps, request, 'json');
  return json;
}

/** The PDF's input (the worker lays it out, kind 'personal-data'), audited when produced. */
export async function personalDataPdfInput(deps: ExportDeps, request: ExportRequest, associationName: string, printedAt: DualDate): Promise<PersonalDataPdfInput> {
  const data = await readPersonalData(deps.db, request.beneficiaryId, deps.now().toISOString());
  await audited(deps, request, 'pdf');
  return { associationName, printedAt, caseNumber: request.caseNumber, data };
}
