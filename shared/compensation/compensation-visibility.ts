/**
 * Who sees a compensation case (policy 3.4, 6b): the committee, management and admin only, and never a
 * staff member it concerns (the cases' conflict-of-interest rule). Read by the server's pull filter
 * (shared/accounts/case-sync-rules.ts) and by every desk list (shared/cases/case-visibility.ts), so a
 * shared desk hides it from anyone else signed in there.
 */
import type { Role } from '../staff/roles';
import { COMPENSATION_ROLES } from './compensation-status';

export const isCompensationKind = (kind: unknown): boolean => kind === 'compensation';

export function mayViewCompensation(viewer: { id: string; roles: readonly Role[] }, concernsStaffIds: readonly string[]): boolean {
  if (viewer.id !== '' && concernsStaffIds.includes(viewer.id)) return false;
  return viewer.roles.some((role) => COMPENSATION_ROLES.includes(role));
}

/** Roles that see no ordinary case (complaints and the rest): a committee member only sees compensation. */
const NO_ORDINARY_CASES: readonly Role[] = ['committee-member', 'field-worker'];

export const seesOrdinaryCases = (roles: readonly Role[]): boolean => roles.some((role) => !NO_ORDINARY_CASES.includes(role));
