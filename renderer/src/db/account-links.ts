/**
 * A joined desk's local accounts: each ties a staff member's server account (made at the first
 * online sign-in) to an offline verifier — a memory-hard scrypt hash of the password
 * (shared/staff/password-hash.ts), never the password — so the desk signs its users in while the
 * server is out of reach. Kept as RxDB local documents: they never replicate, so a verifier never
 * leaves this desk, and the wipe of a revoked desk takes them with the database.
 */
import type { Role } from '@shared/staff/roles';
import type { LockoutState } from '@shared/staff/lockout';
import type { PasswordHash } from '@shared/staff/password-hash';
import type { WaslDatabase } from './database';

export type AccountLink = LockoutState & {
  /** the server account's id: the actor of everything this person writes on the desk */
  accountId: string;
  username: string;
  displayName: string;
  /** as the server said at the last online sign-in; the server stays the authority */
  roles: Role[];
  unitIds: string[];
  verifier: PasswordHash;
  /** ISO 8601 of the last online sign-in */
  confirmedAt: string;
};

const PREFIX = 'account:';
const BY_ID = 'account-id:';
const idOf = (username: string) => `${PREFIX}${username.trim().toLowerCase()}`;

export async function readAccountLink(db: WaslDatabase, username: string): Promise<AccountLink | null> {
  const doc = await db.getLocal<AccountLink>(idOf(username));
  return doc ? (doc.toJSON().data as AccountLink) : null;
}

export async function writeAccountLink(db: WaslDatabase, link: AccountLink): Promise<void> {
  await db.upsertLocal<AccountLink>(idOf(link.username), { ...link, roles: [...link.roles], unitIds: [...link.unitIds], verifier: { ...link.verifier } });
  // The lock screen knows the signed-in person by account id only.
  await db.upsertLocal<{ username: string }>(`${BY_ID}${link.accountId}`, { username: link.username });
}

export async function findAccountLinkById(db: WaslDatabase, accountId: string): Promise<AccountLink | null> {
  const pointer = await db.getLocal<{ username: string }>(`${BY_ID}${accountId}`);
  const username = pointer?.toJSON().data.username;
  return username === undefined ? null : readAccountLink(db, username);
}
