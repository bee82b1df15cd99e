/**
 * What the visits data functions need, passed in so tests use a real database, file store and clock.
 * The actor is the signed-in staff member: a field worker records only the visits assigned to them
 * (shared/visits/visit-status.ts), a manager plans them and follows the corrective actions.
 */
import type { WaslDatabase } from '@renderer/db/database';
import type { FileStore } from '@renderer/db/file-store';
import type { Role } from '@shared/staff/roles';

export interface VisitsDeps {
  db: WaslDatabase;
  actor: { id: string; roles: readonly Role[] };
  desk: { deskId: string; deskCode: string };
  now: () => Date;
  /** The desk's file store (photos); the default one is opened when absent. */
  files?: Pick<FileStore, 'putFile' | 'getFile'>;
  /** Where the photos' bytes travel (the sync server, ARCHITECTURE.md "Files"); null while the desk does not sync. */
  server?: { url: string; token: string } | null;
}

/** Roles that plan visits and follow their corrective actions (policy 3.8c, 3.8e). */
export const VISIT_PLANNERS: readonly Role[] = ['admin', 'manager'];
export const mayPlanVisits = (roles: readonly Role[]): boolean => roles.some((role) => VISIT_PLANNERS.includes(role));
