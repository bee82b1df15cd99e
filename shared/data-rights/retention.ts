/**
 * Retention review (PDPL Art. 18: personal data is destroyed once the purpose of collecting it ends; the
 * regulation leaves the period to the controller): files with no activity for a configurable number of
 * years are LISTED for a person to decide: erase, or keep with a reason. Nothing is erased automatically.
 * Pure: the caller passes each file's activity instants, the decisions already taken and today (Riyadh).
 */
import { addYears, riyadhDateOf, type IsoDate } from '../calendar/iso-date';

/** The catalog kind holding the setting ({ years }) and the decisions to keep ({ beneficiaryId, reason, at, by }). */
export const RETENTION_SETTING_KIND = 'retention-setting';
export const RETENTION_KEEP_KIND = 'retention-keep';
export const DEFAULT_RETENTION_YEARS = 5;
export const RETENTION_YEARS_LIMITS = { min: 1, max: 50 } as const;

export type RetentionFile = { beneficiaryId: string; fileNumber: string; createdAt: string; erased: boolean };
/** Anything done about a person: a request's move, a case's, a contact, a visit, an answer, an edit of the file. */
export type Activity = { beneficiaryId: string; at: string };
export type KeepDecision = { beneficiaryId: string; reason: string; at: string; by: string };
export type ReviewItem = { beneficiaryId: string; fileNumber: string; lastActivity: IsoDate; idleYears: number };

const dayOf = (instant: string): IsoDate => riyadhDateOf(Date.parse(instant));

/** today minus `years` calendar years (29 February falls back to the 28th). */
export function yearsBefore(today: IsoDate, years: number): IsoDate {
  return addYears(today, -years);
}

export function isValidRetentionYears(years: unknown): years is number {
  return typeof years === 'number' && Number.isInteger(years) && years >= RETENTION_YEARS_LIMITS.min && years <= RETENTION_YEARS_LIMITS.max;
}

/**
 * The files to review, longest idle first. A file is idle when its last activity (or its creation) is on or
 * before `years` ago; erased files are done; a decision to keep counts as activity, so a kept file comes
 * back for review `years` after the decision, never sooner.
 */
export function filesForReview(files: readonly RetentionFile[], activities: readonly Activity[], keeps: readonly KeepDecision[], years: number, today: IsoDate): ReviewItem[] {
  const last = new Map<string, IsoDate>();
  const touch = (id: string, at: string) => {
    if (Number.isNaN(Date.parse(at))) return;
    const day = dayOf(at);
    if ((last.get(id) ?? '') < day) last.set(id, day);
  };
  for (const file of files) touch(file.beneficiaryId, file.createdAt);
  for (const activity of activities) touch(activity.beneficiaryId, activity.at);
  for (const keep of keeps) touch(keep.beneficiaryId, keep.at);
  const cutoff = yearsBefore(today, years);
  const items: ReviewItem[] = [];
  for (const file of files) {
    const lastActivity = last.get(file.beneficiaryId);
    if (file.erased || !lastActivity || lastActivity > cutoff) continue;
    const idleYears = Number(today.slice(0, 4)) - Number(lastActivity.slice(0, 4)) - (today.slice(5) < lastActivity.slice(5) ? 1 : 0);
    items.push({ beneficiaryId: file.beneficiaryId, fileNumber: file.fileNumber, lastActivity, idleYears });
  }
  return items.sort((a, b) => (a.lastActivity < b.lastActivity ? -1 : a.lastActivity > b.lastActivity ? 1 : a.fileNumber < b.fileNumber ? -1 : 1));
}
