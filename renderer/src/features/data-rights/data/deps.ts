/**
 * What the data-request screens need: the data layer's deps (data-request-write.ts) plus the viewer's
 * roles, because a data request is a sensitive case (shared/cases/case-visibility.ts: management and
 * admin see it) and only an admin writes the erasure record to the catalog (shared/accounts/push-rights.ts).
 */
import type { Role } from '@shared/staff/roles';
import type { DataRightsDeps } from './data-request-write';
import type { ExportDeps } from './personal-data-export';

export type DataRequestsDeps = DataRightsDeps & { roles: readonly Role[] };

/** Who sees the data requests list and detail: the case overseers (a data request is a sensitive case). */
export const DATA_REQUEST_VIEWERS: readonly Role[] = ['admin', 'manager'];
/** Who may open a request from a file: whoever may create a case that is not compensation (push-rights.ts). */
export const DATA_REQUEST_OPENERS: readonly Role[] = ['admin', 'manager', 'receptionist', 'liaison-officer', 'follow-up-officer'];
/** The erasure writes its record to the catalog, which only the administration pushes. */
export const ERASURE_RUNNERS: readonly Role[] = ['admin'];

export const holdsAny = (roles: readonly Role[], allowed: readonly Role[]): boolean => roles.some((role) => allowed.includes(role));

export const exportDepsOf = (deps: DataRightsDeps): ExportDeps => ({ db: deps.db, actorId: deps.actorId, deskId: deps.desk.deskId, now: deps.now });
