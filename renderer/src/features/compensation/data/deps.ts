/**
 * What the compensation data functions need, passed in so tests use a real database and clock. The actor
 * is the signed-in staff member: every read goes through the cases' visibility rule, which keeps a
 * compensation case to the committee, management and admin and away from anyone it concerns (policy 3.4).
 */
import type { WaslDatabase } from '@renderer/db/database';
import type { FileStore } from '@renderer/db/file-store';
import type { Role } from '@shared/staff/roles';

export interface CompensationDeps {
  db: WaslDatabase;
  actor: { id: string; roles: readonly Role[] };
  desk: { deskId: string; deskCode: string };
  now: () => Date;
  files?: Pick<FileStore, 'putFile'>;
}

/** The desk's own refusals (the shared rules' are 'compensation.*'); translated under compensation.errors. */
export type CompensationDeskError = 'compensation.not-found' | 'compensation.amount-format';
