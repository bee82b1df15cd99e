import type { Locale } from '@shared/i18n/locale';
import { hashPassword } from '@shared/staff/password-hash';
import { DEFAULT_IDLE_LOCK_MINUTES } from '@shared/staff/idle';
import type { WaslDatabase } from '@renderer/db/database';
import { writeDeskSettings } from '@renderer/db/desk-settings';
import { appendAudit } from '@renderer/stores/audit-log';
import type { SessionUser } from '@renderer/stores/session-store';
import type { ValidSetup } from '../validate-setup';

/**
 * Writes the first administrator, the audit entry, and the desk settings LAST: the settings
 * document is what marks setup complete, so an interruption before it leaves only orphans
 * that the next start removes (see discard-interrupted-setup.ts).
 */
export async function completeSetup(db: WaslDatabase, setup: ValidSetup, locale: Locale): Promise<SessionUser> {
  const deskId = crypto.randomUUID();
  const staffId = crypto.randomUUID();
  const passwordHash = await hashPassword(setup.password, crypto.getRandomValues(new Uint8Array(16)));
  const now = new Date().toISOString();
  await db.staff.insert({
    id: staffId,
    displayName: setup.adminName,
    username: setup.username,
    roles: ['admin'],
    passwordHash,
    active: true,
    failedAttempts: 0,
    lockedUntil: null,
    unitIds: [],
    createdAt: now,
    updatedAt: now,
    updatedBy: staffId,
    deskId,
  });
  await appendAudit(db, { actorId: staffId, action: 'desk.setup', entity: 'desk', entityId: deskId, fields: ['associationName', 'deskName', 'deskCode'], deskId });
  await appendAudit(db, { actorId: staffId, action: 'staff.create', entity: 'staff', entityId: staffId, fields: ['displayName', 'username', 'roles'], deskId });
  await writeDeskSettings(db, {
    deskId,
    associationName: setup.associationName,
    deskName: setup.deskName,
    deskCode: setup.deskCode,
    idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES,
    locale,
    setupCompletedAt: now,
  });
  return { staffId, displayName: setup.adminName, roles: ['admin'] };
}
