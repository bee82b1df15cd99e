/**
 * A person's records, anonymised (PDPL Art. 18). Every function keeps what the dashboard counts from
 * (shared/dashboard: status histories with their dates, units, kinds, categories, channels, scores,
 * amounts) and removes free text and attachments, which may say anything about the person. Each returns
 * the document and the content hashes of the files it no longer refers to (the file store deletes them).
 */
import type { CaseDoc } from '../db/schemas/case.schema';
import type { InteractionDoc } from '../db/schemas/interaction.schema';
import type { RequestDoc } from '../db/schemas/request.schema';
import type { SurveyDoc } from '../db/schemas/survey.schema';
import type { VisitDoc } from '../db/schemas/visit.schema';
import { ERASED_TEXT, withoutReasons, type FileHash } from './erased-values';

export type Anonymised<T> = { doc: T; files: FileHash[] };

/** Checklist values, notes and scans go; which requirement was provided stays (the reply clock's facts). */
export function anonymiseRequest(doc: RequestDoc): Anonymised<RequestDoc> {
  const files: FileHash[] = [];
  const checklist: RequestDoc['checklist'] = {};
  for (const [key, entry] of Object.entries(doc.checklist)) {
    files.push(...entry.files.map((file) => file.sha256));
    checklist[key] = { provided: entry.provided, files: [] };
  }
  return { doc: { ...doc, checklist, notes: '', history: doc.history.map(withoutReasons) }, files };
}

/** What was said and the address it went to go; that a contact happened, when, on which channel, stays. */
export function anonymiseInteraction(doc: InteractionDoc): Anonymised<InteractionDoc> {
  const out: InteractionDoc = { ...doc, subject: ERASED_TEXT, summary: '' };
  if (out.address !== undefined) out.address = '';
  if (out.reason !== undefined) out.reason = '';
  return { doc: out, files: [] };
}

/**
 * A case: the description, how to reach the complainant, the link proposed on the web form, the
 * resolution's texts and the attachments go; kind, category, channel, unit, officer, clock and history stay.
 * A compensation part is KEPT whole (minutes, decisions, settlement and payments: see kept-records.ts),
 * except the negotiation notes' free text.
 */
export function anonymiseCase(doc: CaseDoc): Anonymised<CaseDoc> {
  const files = doc.attachments.map((file) => file.sha256);
  const resolution = doc.resolution ? { ...doc.resolution, agreement: '', summary: '' } : null;
  const out: CaseDoc = {
    ...doc,
    description: ERASED_TEXT,
    complainant: { name: '', mobile: '', email: '' },
    proposedLink: { nationalId: '', mobile: '' },
    history: doc.history.map(withoutReasons),
    attachments: [],
    resolution,
  };
  if (doc.compensation) {
    out.compensation = { ...doc.compensation, negotiation: doc.compensation.negotiation.map((entry) => ({ ...entry, text: ERASED_TEXT })) };
  }
  return { doc: out, files };
}

/** A survey answer: free-text answers go; choices, ratings and the score stay (anonymous statistics, 3.8a). */
export function anonymiseSurvey(doc: SurveyDoc): Anonymised<SurveyDoc> {
  if (doc.texts === undefined) return { doc, files: [] };
  return { doc: { ...doc, texts: Object.fromEntries(Object.keys(doc.texts).map((key) => [key, ''])) }, files: [] };
}

/** A home visit: findings, notes, photos (and their files), action texts go; type, dates, results, statuses stay. */
export function anonymiseVisit(doc: VisitDoc): Anonymised<VisitDoc> {
  const files = doc.photos.map((photo) => photo.file.sha256);
  return {
    doc: {
      ...doc,
      purpose: '',
      findings: '',
      checklist: doc.checklist.map((item) => ({ ...item, note: '' })),
      photos: [],
      actions: doc.actions.map((action) => ({ ...action, text: ERASED_TEXT })),
      history: doc.history.map(withoutReasons),
    },
    files,
  };
}
