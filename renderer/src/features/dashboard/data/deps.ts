/**
 * What the dashboard needs, passed in so tests use a real database and clock: the desk's database,
 * the signed-in manager or admin (exports are theirs and audited under their id), the desk, the clock.
 */
import type { WaslDatabase } from '@renderer/db/database';
import type { Role } from '@shared/staff/roles';

export interface DashboardDeps {
  db: WaslDatabase;
  actor: { id: string; roles: readonly Role[] };
  desk: { deskId: string };
  now: () => Date;
}

/** Policy 3.8e–f: senior management follows the figures; the route refuses anyone else. */
export const DASHBOARD_ROLES: readonly Role[] = ['manager', 'admin'];

export const mayViewDashboard = (roles: readonly Role[]): boolean => roles.some((role) => DASHBOARD_ROLES.includes(role));
