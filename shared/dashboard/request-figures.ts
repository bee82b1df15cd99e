/**
 * Requests on the dashboard (policy 3.3f: a reply within 15 working days of completion), from each
 * request's history. Every completion starts a round (its history entry carries the completion date and
 * the due date computed then, with the holiday table of that day); the round is answered when the
 * beneficiary is told the outcome (the move to 'informed'), or stopped by a withdrawal. A "more
 * information needed" round that reopens the request starts a new round at its next completion.
 * Rows group by the unit the request was with at the judging day (its last referral by then).
 */
import { dayNumber, riyadhDay } from './day-index';
import { countRows, figure, push, type DashboardFilters, type Figure, type FigureRow } from './figure-types';
import { fieldAt } from './history-at';

type RequestEntry = { from: string; to: string; at: string; unitId?: string; completionDate?: string; dueDate?: string };
export type RequestFacts = { id: string; requestType: { unitId: string }; history: readonly RequestEntry[] };

type Round = { completion: number; due: number; answered: number | null; stopped: number | null };

/** The reply rounds of one request, in order. A completion entry without a due date is not a round (none is written so). */
export function replyRounds(history: readonly RequestEntry[]): Round[] {
  const rounds: Round[] = [];
  let open: Round | null = null;
  for (const entry of history) {
    if (entry.completionDate && entry.dueDate) {
      open = { completion: dayNumber(entry.completionDate), due: dayNumber(entry.dueDate), answered: null, stopped: null };
      rounds.push(open);
    } else if (open && entry.to === 'informed') {
      open.answered = riyadhDay(entry.at);
      open = null;
    } else if (open && entry.to === 'withdrawn') {
      open.stopped = riyadhDay(entry.at);
      open = null;
    }
  }
  return rounds;
}

/** Days of the period and the judging day, as day numbers. */
export type Span = { from: number; to: number; asOf: number };

const shareRow = (group: string, answered: string[], inTime: number): FigureRow => ({
  group,
  value: answered.length === 0 ? null : inTime / answered.length,
  count: answered.length,
  ids: answered,
  extra: inTime,
});

/** Volume received complete, share answered in time (of those answered in the period), overdue at the judging day: by unit. */
export function requestFigures(requests: readonly RequestFacts[], span: Span, filters: Pick<DashboardFilters, 'unitId'>): Figure[] {
  const volume = new Map<string, string[]>();
  const answered = new Map<string, string[]>();
  const inTime = new Map<string, number>();
  const overdue = new Map<string, string[]>();
  for (const request of requests) {
    const rounds = replyRounds(request.history);
    if (rounds.length === 0) continue;
    const unit = fieldAt(request.history, 'unitId', span.asOf, request.requestType.unitId);
    if (filters.unitId !== '' && unit !== filters.unitId) continue;
    for (const round of rounds) {
      if (round.completion >= span.from && round.completion <= span.to) push(volume, unit, request.id);
      if (round.answered !== null && round.answered >= span.from && round.answered <= span.to) {
        push(answered, unit, request.id);
        if (round.answered <= round.due) inTime.set(unit, (inTime.get(unit) ?? 0) + 1);
      }
      // Policy 3.3f: overdue once the judging day is past the due day and no answer came by then.
      const open = round.completion <= span.asOf && (round.answered ?? Infinity) > span.asOf && (round.stopped ?? Infinity) > span.asOf;
      if (open && span.asOf > round.due) push(overdue, unit, request.id);
    }
  }
  const shareRows = [...answered].sort(([a], [b]) => a.localeCompare(b)).map(([unit, ids]) => shareRow(unit, ids, inTime.get(unit) ?? 0));
  return [figure('requests.volume', countRows(volume)), figure('requests.answered-in-time', shareRows), figure('requests.overdue', countRows(overdue))];
}
