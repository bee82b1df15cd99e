/**
 * A beneficiary's data request under the Personal Data Protection Law (PDPL), a case of kind
 * 'data-request' with this part. Facts designed to (not legal advice):
 * - PDPL art. 4: the rights to be informed, to access and obtain a copy in a readable form, to
 *   correction, and to destruction; hence the sub-kinds (plus objection to a processing).
 * - Implementing Regulation (the article on answering data subjects' requests, art. 4 as we read it):
 *   the controller verifies the requester's identity before answering, answers within 30 days,
 *   may extend ONCE by up to 30 more days with notice of the reasons to the requester, may refuse
 *   repetitive or manifestly unreasonable requests with reasons, and records requests made orally.
 *   A guardian may act for a person without full legal capacity (proof attached).
 * The 30 days are CALENDAR days (unlike a complaint's working-day clock, policy 3.5): the clock here
 * never reads the holiday table, which is why a data request opts out of resolveDaysOf.
 * Pure: dates and instants are passed in.
 */
import { addDays, isIsoDate, toCalendarDate, type IsoDate } from '../calendar/iso-date';
import type { FileRef } from '../files/file-ref';
import { err, ok, type Result } from '../result';

export const DATA_REQUEST_SUB_KINDS = ['access', 'copy', 'correction', 'erasure', 'objection'] as const;
export type DataRequestSubKind = (typeof DATA_REQUEST_SUB_KINDS)[number];

export const IDENTITY_DOCUMENTS = ['national-id', 'iqama', 'passport', 'family-card', 'guardianship-deed'] as const;
export type IdentityDocument = (typeof IDENTITY_DOCUMENTS)[number];

export const DATA_REQUEST_STATUSES = ['received', 'identity-verified', 'answered', 'refused'] as const;
export type DataRequestStatus = (typeof DATA_REQUEST_STATUSES)[number];

/** The answer is due 30 calendar days after receipt; one extension of at most 30 more. */
export const ANSWER_DAYS = 30;
export const MAX_EXTENSION_DAYS = 30;
export const DATA_REQUEST_LIMITS = { reason: 1000, name: 200 } as const;

/** The beneficiary themself (name '' and no proof), or a guardian with their name and proof attached. */
export type Requester = { kind: 'self' | 'guardian'; name: string; proof: FileRef | null };
export type IdentityCheck = { document: IdentityDocument; by: string; at: string };
export type Extension = { days: number; reason: string; by: string; at: string };
export type Refusal = { reasons: string; by: string; at: string };

export type DataRequestPart = {
  subKind: DataRequestSubKind;
  /** how it came: an oral request is recorded like a written one */
  receivedVia: (typeof RECEIVED_VIA)[number];
  receivedOn: IsoDate;
  requester: Requester;
  status: DataRequestStatus;
  identity: IdentityCheck | null;
  extension: Extension | null;
  refusal: Refusal | null;
  answeredAt: string | null;
};

export type DataRequestError =
  | 'data-request.sub-kind'
  | 'data-request.received-on'
  | 'data-request.guardian-name'
  | 'data-request.guardian-proof'
  | 'data-request.identity-document'
  | 'data-request.not-allowed'
  | 'data-request.identity-required'
  | 'data-request.extension-days'
  | 'data-request.extension-reason'
  | 'data-request.already-extended'
  | 'data-request.overdue'
  | 'data-request.reasons-required';

export const RECEIVED_VIA = ['in-person', 'phone', 'written'] as const;

export function newDataRequest(input: { subKind: string; receivedVia: DataRequestPart['receivedVia']; receivedOn: string; requester: Requester }): Result<DataRequestPart, DataRequestError> {
  if (!(DATA_REQUEST_SUB_KINDS as readonly string[]).includes(input.subKind)) return err('data-request.sub-kind');
  if (!isIsoDate(input.receivedOn)) return err('data-request.received-on');
  const { requester } = input;
  if (requester.kind === 'guardian') {
    const name = requester.name.trim();
    if (name === '' || name.length > DATA_REQUEST_LIMITS.name) return err('data-request.guardian-name');
    if (!requester.proof?.sha256) return err('data-request.guardian-proof');
  }
  const guardian: Requester = requester.kind === 'guardian' ? { ...requester, name: requester.name.trim() } : { kind: 'self', name: '', proof: null };
  return ok({
    subKind: input.subKind as DataRequestSubKind, receivedVia: input.receivedVia, receivedOn: input.receivedOn, requester: guardian,
    status: 'received', identity: null, extension: null, refusal: null, answeredAt: null,
  });
}

/** The due date: 30 calendar days after receipt, plus the extension's days when extended. */
export function dueDateOf(part: Pick<DataRequestPart, 'receivedOn' | 'extension'>): IsoDate {
  return addDays(part.receivedOn, ANSWER_DAYS + (part.extension?.days ?? 0));
}

/** Calendar days from `today` to the due date: 0 on the due day, negative once overdue. */
export function daysLeft(part: Pick<DataRequestPart, 'receivedOn' | 'extension'>, today: IsoDate): number {
  // CalendarDate.compare is the difference in days (this minus that).
  return toCalendarDate(dueDateOf(part)).compare(toCalendarDate(today));
}

const isOpen = (part: DataRequestPart) => part.status === 'received' || part.status === 'identity-verified';
const reasonOf = (text: string) => text.trim();

/** The identity check is recorded with the document shown, who checked and when (before any answer). */
export function verifyIdentity(part: DataRequestPart, check: { document: string; by: string; at: string }): Result<DataRequestPart, DataRequestError> {
  if (part.status !== 'received') return err('data-request.not-allowed');
  if (!(IDENTITY_DOCUMENTS as readonly string[]).includes(check.document)) return err('data-request.identity-document');
  return ok({ ...part, status: 'identity-verified', identity: { document: check.document as IdentityDocument, by: check.by, at: check.at } });
}

/**
 * The one extension: 1..30 days, a reason (it is sent to the requester), asked before the first due
 * date passes. A second extension is refused. The caller queues the notice through the outbox.
 */
export function extend(part: DataRequestPart, input: { days: number; reason: string; by: string; at: string; today: IsoDate }): Result<DataRequestPart, DataRequestError> {
  if (!isOpen(part)) return err('data-request.not-allowed');
  if (part.extension) return err('data-request.already-extended');
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > MAX_EXTENSION_DAYS) return err('data-request.extension-days');
  const reason = reasonOf(input.reason);
  if (reason === '' || reason.length > DATA_REQUEST_LIMITS.reason) return err('data-request.extension-reason');
  if (daysLeft(part, input.today) < 0) return err('data-request.overdue');
  return ok({ ...part, extension: { days: input.days, reason, by: input.by, at: input.at } });
}

/** Refusal of a repetitive or unreasonable request: only with its reasons, which the requester is told. */
export function refuse(part: DataRequestPart, input: { reasons: string; by: string; at: string }): Result<DataRequestPart, DataRequestError> {
  if (!isOpen(part)) return err('data-request.not-allowed');
  const reasons = reasonOf(input.reasons);
  if (reasons === '' || reasons.length > DATA_REQUEST_LIMITS.reason) return err('data-request.reasons-required');
  return ok({ ...part, status: 'refused', refusal: { reasons, by: input.by, at: input.at } });
}

/** Answered (the export given, the correction made, the erasure done): never before the identity check. */
export function answer(part: DataRequestPart, input: { at: string }): Result<DataRequestPart, DataRequestError> {
  if (part.status === 'received') return err('data-request.identity-required');
  if (part.status !== 'identity-verified') return err('data-request.not-allowed');
  return ok({ ...part, status: 'answered', answeredAt: input.at });
}

/**
 * The notice of an extension, queued on the requester's agreed channel through the outbox
 * (shared/outbox/notice-rules.ts checkNotice): the regulation asks that the requester be told the
 * extension and its reasons. Arabic, the beneficiaries' language; the case number lets them follow up.
 */
export function extensionNoticeText(caseNumber: string, part: DataRequestPart): string {
  const reason = part.extension?.reason ?? '';
  return `جمعية كادي: طلبكم رقم ${caseNumber} بشأن بياناتكم الشخصية مُدّدت مدة الرد عليه حتى ${dueDateOf(part)}. السبب: ${reason}`;
}
