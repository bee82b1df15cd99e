import type { Role } from '@shared/staff/roles';
import { normalizeUsername } from '@shared/staff/staff-account';
import { hashPassword } from '@shared/staff/password-hash';
import type { WaslDatabase } from '@renderer/db/database';
import { appendAudit } from '@renderer/stores/audit-log';

export interface NewStaffInput {
  displayName: string;
  username: string;
  roles: Role[];
  /** Units whose queues a follow-up officer works; ignored for other roles. */
  unitIds: string[];
  password: string;
  passwordConfirm: string;
}

/** The username is unique on this desk: the one check the shared rules cannot make. */
export async function usernameTaken(db: WaslDatabase, username: string): Promise<boolean> {
  const taken = await db.staff.findOne({ selector: { username: normalizeUsername(username) } }).exec();
  return taken !== null;
}

/** Writes a validated staff member and its audit entry. */
export async function createStaff(db: WaslDatabase, input: NewStaffInput, deskId: string, actorId: string): Promise<string> {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  const passwordHash = await hashPassword(input.password, crypto.getRandomValues(new Uint8Array(16)));
  await db.staff.insert({
    id,
    displayName: input.displayName.trim(),
    username: input.username.trim().toLowerCase(),
    roles: input.roles,
    passwordHash,
    active: true,
    failedAttempts: 0,
    lockedUntil: null,
    // Only a follow-up officer works a unit's queue; for anyone else a unit would mean nothing.
    unitIds: input.roles.includes('follow-up-officer') ? [...new Set(input.unitIds)] : [],
    createdAt: now,
    updatedAt: now,
    updatedBy: actorId,
    deskId,
  });
  await appendAudit(db, { actorId, action: 'staff.create', entity: 'staff', entityId: id, fields: ['displayName', 'username', 'roles', 'unitIds'], deskId });
  return id;
}

/** Sets the units a staff member works (an admin's edit on the staff screen). */
export async function setStaffUnits(db: WaslDatabase, staffId: string, unitIds: string[], deskId: string, actorId: string): Promise<void> {
  const doc = await db.staff.findOne(staffId).exec();
  if (!doc) throw new Error(`No staff member ${staffId}`);
  await doc.incrementalPatch({ unitIds: [...new Set(unitIds)], updatedAt: new Date().toISOString(), updatedBy: actorId, deskId });
  await appendAudit(db, { actorId, action: 'staff.update', entity: 'staff', entityId: staffId, fields: ['unitIds'], deskId });
}
