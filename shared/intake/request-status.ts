/**
 * The statuses of an in-person request and the part of a request document the status machine reads and
 * writes. The rest of the document (beneficiary, type, checklist, numbers) is the caller's business.
 */
import type { IsoDate } from '../calendar/iso-date';

export const REQUEST_STATUSES = [
  'draft',
  'awaiting-signature',
  'signed',
  'referred',
  'under-study',
  'approved',
  'rejected',
  'more-info-needed',
  'informed',
  'closed',
  'withdrawn',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** The outcomes of a study (policy 3.3e): each must be told to the beneficiary before the request moves on. */
export const DECISIONS = ['approved', 'rejected', 'more-info-needed'] as const;
export type Decision = (typeof DECISIONS)[number];

/** Statuses in which the reply clock runs: complete, but the beneficiary has not been told the outcome yet. */
export const CLOCK_RUNNING_STATUSES: readonly RequestStatus[] = [
  'awaiting-signature',
  'signed',
  'referred',
  'under-study',
  'approved',
  'rejected',
  'more-info-needed',
];

/** True when `value` is one of REQUEST_STATUSES. */
export function isRequestStatus(value: unknown): value is RequestStatus {
  return typeof value === 'string' && (REQUEST_STATUSES as readonly string[]).includes(value);
}

/** True when `value` is one of DECISIONS. */
export function isDecision(value: unknown): value is Decision {
  return typeof value === 'string' && (DECISIONS as readonly string[]).includes(value);
}

/**
 * One line of a request's history: who moved it from where to where, when, and why. Optional fields are
 * present only on the transitions that set them: `completionDate`/`dueDate` on completion (so every
 * completion stays on record after a "more information needed" round clears the active clock),
 * `unitId` on referral, `decision` on a decision, `channel` on informing, `declarationNumber` on
 * signing (the declaration of policy 3.3d that was signed).
 */
export type HistoryEntry = {
  from: RequestStatus;
  to: RequestStatus;
  by: string;
  at: string;
  note?: string;
  reason?: string;
  unitId?: string;
  channel?: string;
  decision?: Decision;
  declarationNumber?: string;
  completionDate?: IsoDate;
  dueDate?: IsoDate;
};

/**
 * What the machine needs from a request. `completionDate`/`dueDate` are the active clock (null while none
 * runs); `decision` is the last study outcome until the beneficiary has been told and the request moves on;
 * `declarationSigned` is the data-accuracy declaration of the current completion.
 */
export type RequestState = {
  status: RequestStatus;
  unitId: string | null;
  completionDate: IsoDate | null;
  dueDate: IsoDate | null;
  decision: Decision | null;
  declarationSigned: boolean;
  history: readonly HistoryEntry[];
};

/** A fresh request: a draft with no clock, no unit, no decision and no history. */
export function newRequestState(unitId: string | null = null): RequestState {
  return { status: 'draft', unitId, completionDate: null, dueDate: null, decision: null, declarationSigned: false, history: [] };
}

/** Every completion date in the history, oldest first (one per completion, including stopped clocks). */
export function completionDates(history: readonly HistoryEntry[]): IsoDate[] {
  return history.flatMap((entry) => (entry.completionDate ? [entry.completionDate] : []));
}
