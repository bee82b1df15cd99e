/**
 * One document of an erased person, anonymised by its collection's rule (PDPL Art. 18). The server uses it
 * on every write that names an erased person (an offline desk's late edit, a desk's re-send after a
 * restore): whatever a desk pushes, the erasure wins. Null for a collection that holds no personal values
 * of the person (audit entries: kept whole; the catalog; staff).
 */
import type { BeneficiaryDoc } from '../db/schemas/beneficiary.schema';
import type { CaseDoc } from '../db/schemas/case.schema';
import type { ConflictDoc } from '../db/schemas/conflict.schema';
import type { DeclarationDoc } from '../db/schemas/declaration.schema';
import type { InteractionDoc } from '../db/schemas/interaction.schema';
import type { RequestDoc } from '../db/schemas/request.schema';
import type { SurveyDoc } from '../db/schemas/survey.schema';
import type { VisitDoc } from '../db/schemas/visit.schema';
import { anonymiseBeneficiary } from './anonymise-file';
import { anonymiseConflict, anonymiseDeclaration } from './anonymise-kept';
import { anonymiseCase, anonymiseInteraction, anonymiseRequest, anonymiseSurvey, anonymiseVisit, type Anonymised } from './anonymise-records';

type Doc = Record<string, unknown>;

const RULES: Readonly<Record<string, (doc: never) => Anonymised<unknown>>> = {
  beneficiaries: (doc: BeneficiaryDoc) => ({ doc: anonymiseBeneficiary(doc), files: [] }),
  requests: (doc: RequestDoc) => anonymiseRequest(doc),
  interactions: (doc: InteractionDoc) => anonymiseInteraction(doc),
  declarations: (doc: DeclarationDoc) => anonymiseDeclaration(doc),
  cases: (doc: CaseDoc) => anonymiseCase(doc),
  surveys: (doc: SurveyDoc) => anonymiseSurvey(doc),
  visits: (doc: VisitDoc) => anonymiseVisit(doc),
  conflicts: (doc: ConflictDoc) => anonymiseConflict(doc),
};

/** The collections whose documents belong to one person (by `beneficiaryId`, the file by its id, a conflict by its document). */
export const PERSON_COLLECTIONS: readonly string[] = Object.keys(RULES);

export function anonymiseOne(collection: string, doc: Doc): Anonymised<Doc> | null {
  const rule = RULES[collection];
  return rule ? (rule(doc as never) as Anonymised<Doc>) : null;
}

/** The person a document is about, when its collection names one directly (a conflict names a document: the caller looks it up). */
export function personOf(collection: string, doc: Doc): string | null {
  if (collection === 'beneficiaries') return typeof doc.id === 'string' ? doc.id : null;
  if (collection === 'conflicts' || !RULES[collection]) return null;
  return typeof doc.beneficiaryId === 'string' && doc.beneficiaryId !== '' ? doc.beneficiaryId : null;
}
