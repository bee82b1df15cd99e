/**
 * Queue rules: which requests are overdue or due soon (the reply is due within 15 working days,
 * policy 3.3f: overdue, and due within 3 working days, are listed and highlighted), and a unit's
 * queue. Pure filters over whatever request documents the caller holds.
 */
import type { HolidayRange } from '../calendar/holidays';
import { addDays, compareIsoDates, type IsoDate } from '../calendar/iso-date';
import { addWorkingDays, DUE_SOON_WORKING_DAYS, isDueWithin, isPastDue } from '../calendar/working-days';
import { CLOCK_RUNNING_STATUSES, type RequestStatus } from './request-status';

/** The fields the queue rules read. */
export type QueueItem = { status: RequestStatus; unitId: string | null; dueDate: string | null };

/** 'overdue' and 'due-soon' are highlighted; 'no-clock' = no reply clock runs (draft, informed, closed…). */
export type DueState = 'overdue' | 'due-soon' | 'on-track' | 'no-clock';

/** True when a reply clock runs for the request: it is complete and the beneficiary has not been told yet. */
export function clockRuns(item: QueueItem): item is QueueItem & { dueDate: IsoDate } {
  return item.dueDate !== null && CLOCK_RUNNING_STATUSES.includes(item.status);
}

/**
 * The key the due lists are read by (the requests' stored `clockDue`): the due date while the clock
 * runs, null (no key) otherwise, so a store's range of keys up to a date holds exactly the running
 * requests due by then.
 */
export function clockDueOf(item: QueueItem): IsoDate | null {
  return clockRuns(item) ? item.dueDate : null;
}

/** True when the clock runs and today is after the due date (the due date itself is not overdue). */
export function isOverdue(item: QueueItem, today: IsoDate): boolean {
  return clockRuns(item) && isPastDue(today, item.dueDate);
}

/** True when the clock runs, it is not overdue, and at most `within` (3) working days remain. */
export function isDueSoon(
  item: QueueItem,
  today: IsoDate,
  holidays: readonly HolidayRange[],
  within: number = DUE_SOON_WORKING_DAYS,
): boolean {
  return clockRuns(item) && isDueWithin(today, item.dueDate, holidays, within);
}

/** The highlight state of one request. */
export function dueState(
  item: QueueItem,
  today: IsoDate,
  holidays: readonly HolidayRange[],
  within: number = DUE_SOON_WORKING_DAYS,
): DueState {
  if (!clockRuns(item)) return 'no-clock';
  if (isOverdue(item, today)) return 'overdue';
  return isDueSoon(item, today, holidays, within) ? 'due-soon' : 'on-track';
}

/**
 * The last due date the due lists can hold today: a running request due on or before it is overdue
 * or due soon, one due after it is neither (policy 3.3f). It is the day before the (within + 1)th
 * working day after today, so a store can read the lists as one range of due dates instead of
 * reading every open request to filter it.
 */
export function dueListsHorizon(today: IsoDate, holidays: readonly HolidayRange[], within: number = DUE_SOON_WORKING_DAYS): IsoDate {
  return addDays(addWorkingDays(today, within + 1, holidays), -1);
}

// Earliest due first: the most urgent request heads the list. Items without a clock go last.
const byDueDate = <T extends QueueItem>(a: T, b: T): number =>
  a.dueDate === null ? (b.dueDate === null ? 0 : 1) : b.dueDate === null ? -1 : compareIsoDates(a.dueDate, b.dueDate);

/** Overdue requests, earliest due date first. */
export function overdueRequests<T extends QueueItem>(items: readonly T[], today: IsoDate): T[] {
  return items.filter((item) => isOverdue(item, today)).sort(byDueDate);
}

/** Requests due within `within` working days (not overdue), earliest due date first. */
export function dueSoonRequests<T extends QueueItem>(
  items: readonly T[],
  today: IsoDate,
  holidays: readonly HolidayRange[],
  within: number = DUE_SOON_WORKING_DAYS,
): T[] {
  return items.filter((item) => isDueSoon(item, today, holidays, within)).sort(byDueDate);
}

/**
 * A unit's queue: its requests that still await the unit's work (referred or under study), earliest due
 * date first. Requests whose decision is made wait on the informers, not the unit.
 */
export function unitQueue<T extends QueueItem>(items: readonly T[], unitId: string): T[] {
  return items
    .filter((item) => item.unitId === unitId && (item.status === 'referred' || item.status === 'under-study'))
    .sort(byDueDate);
}

/**
 * The reception's "to refer" list: requests whose declaration is signed (policy 3.3d) and that wait
 * only for the receptionist to refer them, earliest due date first, so none sits unseen between
 * signing and referral.
 */
export function toReferQueue<T extends QueueItem>(items: readonly T[]): T[] {
  return items.filter((item) => item.status === 'signed').sort(byDueDate);
}
