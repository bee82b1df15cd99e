/**
 * Who may see and hold a case. Conflict of interest: a case about a staff member is never shown to them,
 * never assigned to them, and never sent to their sessions (shared/accounts/pull-filters.ts reads the
 * same rules), whatever their role. A sensitive case is seen by management and its own officer only.
 * Pure: a desk that holds a case for another signed-in user filters with these before showing anything.
 */
import type { Role } from '../staff/roles';
import { isCompensationKind, mayViewCompensation } from '../compensation/compensation-visibility';

type Concerns = { concernsStaffIds: readonly string[] };
type Visibility = Concerns & { sensitive: boolean; officerId: string; kind?: string };
export type CaseViewer = { id: string; roles: readonly Role[] };

/** Roles that see every case that does not concern them, sensitive ones included (policy 3.8e–f). */
export const CASE_OVERSEERS: readonly Role[] = ['admin', 'manager'];

/** True when the case is about this staff member. */
export function isConcerned(doc: Concerns, staffId: string): boolean {
  return staffId !== '' && doc.concernsStaffIds.includes(staffId);
}

/** True when the viewer may see the case at all. */
export function mayViewCase(doc: Visibility, viewer: CaseViewer): boolean {
  if (isConcerned(doc, viewer.id)) return false;
  // Policy 3.4: a compensation case is the committee's and management's only.
  if (isCompensationKind(doc.kind)) return mayViewCompensation(viewer, doc.concernsStaffIds);
  if (!doc.sensitive) return true;
  return viewer.roles.some((role) => CASE_OVERSEERS.includes(role)) || (doc.officerId !== '' && doc.officerId === viewer.id);
}

/** True when the case may be given to this staff member (never to someone it concerns). */
export function mayAssignCase(doc: Concerns, staffId: string): boolean {
  return staffId.trim() !== '' && !isConcerned(doc, staffId);
}

/** The cases of a list the viewer may see, order kept (every list and search on a desk goes through it). */
export function visibleCases<T extends Visibility>(docs: readonly T[], viewer: CaseViewer): T[] {
  return docs.filter((doc) => mayViewCase(doc, viewer));
}
