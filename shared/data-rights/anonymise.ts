/**
 * Erasure as anonymisation (PDPL Art. 18): one person's documents across every collection, anonymised
 * so the dashboard's counts for past periods do not change (its figures read histories, dates, units,
 * kinds, categories and scores, all kept). Pure and idempotent: anonymising an anonymised set changes
 * nothing, so an interrupted erasure is finished by running it again. Only documents whose content
 * changes are returned in `changed` (each then carries the erasing desk's stamp), with the files no
 * longer referred to and the records kept (named, with the reason, in the answer to the requester).
 */
import type { AuditDoc } from '../db/schemas/audit.schema';
import type { BeneficiaryDoc } from '../db/schemas/beneficiary.schema';
import type { CaseDoc } from '../db/schemas/case.schema';
import type { ConflictDoc } from '../db/schemas/conflict.schema';
import type { DeclarationDoc } from '../db/schemas/declaration.schema';
import type { InteractionDoc } from '../db/schemas/interaction.schema';
import type { RequestDoc } from '../db/schemas/request.schema';
import type { SurveyDoc } from '../db/schemas/survey.schema';
import type { VisitDoc } from '../db/schemas/visit.schema';
import { anonymiseBeneficiary } from './anonymise-file';
import { anonymiseCase, anonymiseInteraction, anonymiseRequest, anonymiseSurvey, anonymiseVisit, type Anonymised } from './anonymise-records';
import { anonymiseConflict, anonymiseDeclaration } from './anonymise-kept';
import type { FileHash } from './erased-values';
import { AUDIT_KEPT_REASON, isKeptCompensation, isKeptDeclaration, type KeptRecord } from './kept-records';

/** Everything the desk holds about one person (the caller gathers it: by beneficiaryId, and conflicts by documentId). */
export type PersonRecords = {
  beneficiary: BeneficiaryDoc;
  requests: RequestDoc[];
  interactions: InteractionDoc[];
  declarations: DeclarationDoc[];
  cases: CaseDoc[];
  surveys: SurveyDoc[];
  visits: VisitDoc[];
  audit: AuditDoc[];
  conflicts: ConflictDoc[];
};

export type Stamp = { at: string; by: string; deskId: string };
export type Collection = Exclude<keyof PersonRecords, 'beneficiary' | 'audit'> | 'beneficiaries';
export type ChangedDoc = { collection: Collection; doc: { id: string } & Record<string, unknown> };
export type ErasurePlan = { changed: ChangedDoc[]; files: FileHash[]; kept: KeptRecord[] };

const META = new Set(['updatedAt', 'updatedBy', 'deskId']);
function content(doc: object): string {
  return JSON.stringify(Object.entries(doc).filter(([key]) => !META.has(key)).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function planErasure(person: PersonRecords, stamp: Stamp): ErasurePlan {
  const changed: ChangedDoc[] = [];
  const files = new Set<FileHash>();
  function take<T extends { id: string }>(collection: Collection, doc: T, result: Anonymised<T>): void {
    for (const hash of result.files) files.add(hash);
    if (content(result.doc) === content(doc)) return;
    changed.push({ collection, doc: { ...result.doc, updatedAt: stamp.at, updatedBy: stamp.by, deskId: stamp.deskId } });
  }
  take('beneficiaries', person.beneficiary, { doc: anonymiseBeneficiary(person.beneficiary), files: [] });
  for (const doc of person.requests) take('requests', doc, anonymiseRequest(doc));
  for (const doc of person.interactions) take('interactions', doc, anonymiseInteraction(doc));
  for (const doc of person.declarations) take('declarations', doc, anonymiseDeclaration(doc));
  for (const doc of person.cases) take('cases', doc, anonymiseCase(doc));
  for (const doc of person.surveys) take('surveys', doc, anonymiseSurvey(doc));
  for (const doc of person.visits) take('visits', doc, anonymiseVisit(doc));
  for (const doc of person.conflicts) take('conflicts', doc, anonymiseConflict(doc));
  // A content-addressed file may also be the proof a kept record points at (the signed paper scanned
  // into the checklist too): those bytes stay.
  for (const hash of keptFiles(person)) files.delete(hash);
  return { changed, files: [...files].sort(), kept: keptRecords(person) };
}

/** The records kept, for the answer: signed declarations, compensation records, the audit entries about the person. */
export function keptRecords(person: PersonRecords): KeptRecord[] {
  return [
    ...person.declarations.filter(isKeptDeclaration).map((doc): KeptRecord => ({ collection: 'declarations', id: doc.id, number: doc.declarationNumber, reason: 'signed-declaration' })),
    ...person.cases.filter(isKeptCompensation).map((doc): KeptRecord => ({ collection: 'cases', id: doc.id, number: doc.caseNumber, reason: 'compensation-record' })),
    ...person.audit.map((doc): KeptRecord => ({ collection: 'audit', id: doc.id, number: '', reason: AUDIT_KEPT_REASON })),
  ];
}

/** The files kept records point at: signed declarations' scans, compensation rulings' attachments and settlement scans. */
function keptFiles(person: PersonRecords): FileHash[] {
  const hashes: FileHash[] = [];
  for (const doc of person.declarations.filter(isKeptDeclaration)) if (doc.signature.image) hashes.push(doc.signature.image.sha256);
  for (const doc of person.cases.filter(isKeptCompensation)) {
    hashes.push(...(doc.compensation?.ruling?.attachments ?? []).map((file) => file.sha256));
    const scan = doc.compensation?.settlement?.acceptance.scan;
    if (scan) hashes.push(scan.sha256);
  }
  return hashes;
}
