/**
 * Reading a document's own history as of a day, so a figure for a past month stays what it was: the
 * status, unit or officer a document had at the end of a Riyadh day, from its dated moves.
 */
import { riyadhDay } from './day-index';

type Entry = { at: string; to?: string; unitId?: string; officerId?: string };

/** The last value of `field` set by a move on or before `day`; `fallback` when no move before then set it. */
export function fieldAt(history: readonly Entry[], field: 'to' | 'unitId' | 'officerId', day: number, fallback: string): string {
  let value = fallback;
  for (const entry of history) {
    const set = entry[field];
    if (set === undefined) continue;
    if (riyadhDay(entry.at) > day) break;
    value = set;
  }
  return value;
}

/** The Riyadh day of the first move to `status`, or null. */
export function firstMoveTo(history: readonly Entry[], status: string): number | null {
  const entry = history.find((candidate) => candidate.to === status);
  return entry ? riyadhDay(entry.at) : null;
}
