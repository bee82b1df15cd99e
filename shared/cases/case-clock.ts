/**
 * The working-day clock of a case (its kind's days: catalog 'case-clock'), on the working-day rules and
 * the holiday table of requests (shared/calendar). It runs from receipt, PAUSES while waiting for the
 * complainant and resumes when they answer, and stops once the case is resolved.
 *
 * Counting: a working day counts when it falls after the day of receipt (Riyadh date) and is not inside a
 * pause. A pause from instant A to instant B covers the days after A's date up to and including B's date
 * (the day the question went out still counts, the day the answer came does not); an open pause covers
 * every day after its start, so while it lasts the due date is unknown (null) and the clock shows paused.
 */
import type { HolidayRange } from '../calendar/holidays';
import { addDays, compareIsoDates, riyadhDateOf, type IsoDate } from '../calendar/iso-date';
import { addWorkingDays, DUE_SOON_WORKING_DAYS, isDueWithin, isPastDue, isWorkingDay } from '../calendar/working-days';
import { resolveDaysOf, type CaseClockTable } from '../catalog/case-catalog';
import type { CaseDoc, CasePause } from '../db/schemas/case.schema';
import { CLOCK_RUNNING_CASE_STATUSES } from './case-status';

/** The Riyadh calendar date of an ISO instant. */
export const dateOfInstant = (at: string): IsoDate => riyadhDateOf(Date.parse(at));

// Past this many days the walk has met a broken holiday table (as in working-days.ts): it stops.
const MAX_WALK_DAYS = 3 * 366;

/** True when `day` is inside one of the pauses (see the header for which days a pause covers). */
export function isPausedOn(day: IsoDate, pauses: readonly CasePause[]): boolean {
  return pauses.some((pause) => compareIsoDates(day, dateOfInstant(pause.from)) > 0
    && (pause.to === null || compareIsoDates(day, dateOfInstant(pause.to)) <= 0));
}

/** True while a pause is open (the case waits for the complainant). */
export const isPaused = (pauses: readonly CasePause[]): boolean => pauses.some((pause) => pause.to === null);

/** The day the `days`th counted working day falls on; null while a pause is open (unknown until it ends). */
export function clockDueDate(startedAt: string, pauses: readonly CasePause[], days: number, holidays: readonly HolidayRange[]): IsoDate | null {
  if (isPaused(pauses)) return null;
  if (pauses.length === 0) return addWorkingDays(dateOfInstant(startedAt), days, holidays);
  let day = dateOfInstant(startedAt);
  let counted = 0;
  for (let step = 0; step < MAX_WALK_DAYS * days; step += 1) {
    day = addDays(day, 1);
    if (isWorkingDay(day, holidays) && !isPausedOn(day, pauses)) counted += 1;
    if (counted === days) return day;
  }
  throw new RangeError('The holiday table leaves no working days');
}

/** Counted working days from receipt up to and including `today` (pauses left out). */
export function elapsedWorkingDays(startedAt: string, pauses: readonly CasePause[], today: IsoDate, holidays: readonly HolidayRange[]): number {
  let count = 0;
  for (let day = dateOfInstant(startedAt); compareIsoDates(day, today) < 0; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day, holidays) && !isPausedOn(day, pauses)) count += 1;
  }
  return count;
}

type ClockFields = Pick<CaseDoc, 'kind' | 'status' | 'startedAt' | 'pauses' | 'escalated' | 'acknowledgedAt' | 'acknowledgeDueDate'>;

export type CaseDueState = 'overdue' | 'due-soon' | 'on-track' | 'paused' | 'stopped';

export type CaseClockView = {
  state: CaseDueState;
  /** working days counted so far */
  elapsed: number;
  /** working days left (negative when overdue); null when stopped */
  remaining: number | null;
  /** null while paused or stopped */
  dueDate: IsoDate | null;
};

/** The clock of one case as the screens show it, seen from `today`. */
export function caseClock(doc: ClockFields, today: IsoDate, holidays: readonly HolidayRange[], clocks: CaseClockTable, within: number = DUE_SOON_WORKING_DAYS): CaseClockView {
  const days = resolveDaysOf(clocks, doc.kind);
  const elapsed = elapsedWorkingDays(doc.startedAt, doc.pauses, today, holidays);
  if (days === null) return { state: 'stopped', elapsed, remaining: null, dueDate: null };
  if (doc.status === 'waiting-for-complainant' || isPaused(doc.pauses)) return { state: 'paused', elapsed, remaining: days - elapsed, dueDate: null };
  if (!CLOCK_RUNNING_CASE_STATUSES.includes(doc.status)) return { state: 'stopped', elapsed, remaining: null, dueDate: null };
  const dueDate = clockDueDate(doc.startedAt, doc.pauses, days, holidays);
  if (dueDate === null) return { state: 'paused', elapsed, remaining: days - elapsed, dueDate };
  if (isPastDue(today, dueDate)) return { state: 'overdue', elapsed, remaining: days - elapsed, dueDate };
  const soon = isDueWithin(today, dueDate, holidays, within);
  return { state: soon ? 'due-soon' : 'on-track', elapsed, remaining: days - elapsed, dueDate };
}

const byDue = <T>(views: Map<T, CaseClockView>) => (a: T, b: T): number => compareIsoDates(views.get(a)?.dueDate ?? '9999-12-31', views.get(b)?.dueDate ?? '9999-12-31');

function withState<T extends ClockFields>(docs: readonly T[], state: CaseDueState, today: IsoDate, holidays: readonly HolidayRange[], clocks: CaseClockTable, within?: number): T[] {
  const views = new Map(docs.map((doc) => [doc, caseClock(doc, today, holidays, clocks, within)]));
  return docs.filter((doc) => views.get(doc)?.state === state).sort(byDue(views));
}

/** Overdue cases (clock running, past due), earliest due first. */
export function overdueCases<T extends ClockFields>(docs: readonly T[], today: IsoDate, holidays: readonly HolidayRange[], clocks: CaseClockTable): T[] {
  return withState(docs, 'overdue', today, holidays, clocks);
}

/** Cases due within `within` working days (not overdue), earliest due first. */
export function dueSoonCases<T extends ClockFields>(docs: readonly T[], today: IsoDate, holidays: readonly HolidayRange[], clocks: CaseClockTable, within: number = DUE_SOON_WORKING_DAYS): T[] {
  return withState(docs, 'due-soon', today, holidays, clocks, within);
}

/** Overdue cases not yet before management: the manager's escalation list (policy 3.8e). */
export function casesToEscalate<T extends ClockFields>(docs: readonly T[], today: IsoDate, holidays: readonly HolidayRange[], clocks: CaseClockTable): T[] {
  return overdueCases(docs, today, holidays, clocks).filter((doc) => !doc.escalated && doc.status !== 'escalated');
}

/** Not yet acknowledged (still 'received'), oldest first; `late` when its acknowledgement day has passed. */
export function unacknowledgedCases<T extends ClockFields & { source?: string }>(docs: readonly T[], today: IsoDate): { doc: T; late: boolean }[] {
  return docs
    .filter((doc) => doc.acknowledgedAt === null && doc.status === 'received')
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
    .map((doc) => ({ doc, late: doc.acknowledgeDueDate !== null && isPastDue(today, doc.acknowledgeDueDate) }));
}
