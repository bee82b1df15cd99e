import { randomUUID } from 'node:crypto';
import { normalizeDisplayName, normalizeUsername, validateStaffInput, type StaffInputError } from '@shared/staff/staff-account';
import type { PasswordHash } from '@shared/staff/password-hash';
import { isRole, type Role } from '@shared/staff/roles';
import type { Queryable } from '../db/database';
import { hashServerPassword } from './password';

/** Server accounts (table accounts). Desks tie their local staff accounts to these at first online sign-in. */
export type Account = {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  unitIds: string[];
  passwordHash: PasswordHash;
  active: boolean;
  failedAttempts: number;
  lockedUntil: number | null;
};

export type PublicAccount = Pick<Account, 'id' | 'username' | 'displayName' | 'roles' | 'unitIds' | 'active'>;

type AccountRow = {
  id: string; username: string; display_name: string; roles: unknown; unit_ids: unknown; password_hash: PasswordHash;
  active: boolean; failed_attempts: number; locked_until: string | null;
};

const COLUMNS = 'id, username, display_name, roles, unit_ids, password_hash, active, failed_attempts, locked_until::text AS locked_until';

function toAccount(row: AccountRow): Account {
  const roles = (Array.isArray(row.roles) ? row.roles : []).filter(isRole);
  const unitIds = (Array.isArray(row.unit_ids) ? row.unit_ids : []).filter((unit): unit is string => typeof unit === 'string');
  return {
    id: row.id, username: row.username, displayName: row.display_name, roles, unitIds, passwordHash: row.password_hash,
    active: row.active, failedAttempts: Number(row.failed_attempts), lockedUntil: row.locked_until === null ? null : Number(row.locked_until),
  };
}

export function publicAccount(account: Account): PublicAccount {
  const { id, username, displayName, roles, unitIds, active } = account;
  return { id, username, displayName, roles, unitIds, active };
}

export async function findAccountByUsername(db: Queryable, username: string): Promise<Account | null> {
  const rows = await db.query<AccountRow>(`SELECT ${COLUMNS} FROM accounts WHERE username = $1`, [normalizeUsername(username)]);
  return rows[0] ? toAccount(rows[0]) : null;
}

export async function findAccount(db: Queryable, id: string): Promise<Account | null> {
  const rows = await db.query<AccountRow>(`SELECT ${COLUMNS} FROM accounts WHERE id = $1`, [id]);
  return rows[0] ? toAccount(rows[0]) : null;
}

export async function listAccounts(db: Queryable): Promise<PublicAccount[]> {
  const rows = await db.query<AccountRow>(`SELECT ${COLUMNS} FROM accounts ORDER BY username`);
  return rows.map((row) => publicAccount(toAccount(row)));
}

export async function countAdmins(db: Queryable): Promise<number> {
  const rows = await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM accounts WHERE roles ? 'admin' AND active`);
  return Number(rows[0]?.n ?? 0);
}

export type NewAccount = { username: string; displayName: string; roles: readonly string[]; unitIds?: readonly string[]; password: string };
export type CreateAccountError = StaffInputError | 'accounts.username-taken' | 'accounts.unit-ids';

const UNIT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export async function createAccount(db: Queryable, input: NewAccount, createdBy: string | null): Promise<{ ok: true; account: PublicAccount } | { ok: false; errors: CreateAccountError[] }> {
  const roles = input.roles.filter(isRole);
  const errors: CreateAccountError[] = validateStaffInput({ ...input, roles: input.roles as Role[] });
  const unitIds = [...new Set(input.unitIds ?? [])];
  if (unitIds.length > 50 || !unitIds.every((unit) => UNIT_ID.test(unit))) errors.push('accounts.unit-ids');
  if (errors.length > 0) return { ok: false, errors };
  const hash = await hashServerPassword(input.password);
  const id = randomUUID();
  const inserted = await db.query(
    `INSERT INTO accounts (id, username, display_name, roles, unit_ids, password_hash, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (username) DO NOTHING RETURNING id`,
    [id, normalizeUsername(input.username), normalizeDisplayName(input.displayName), JSON.stringify(roles), JSON.stringify(unitIds), JSON.stringify(hash), createdBy],
  );
  if (inserted.length === 0) return { ok: false, errors: ['accounts.username-taken'] };
  return { ok: true, account: { id, username: normalizeUsername(input.username), displayName: normalizeDisplayName(input.displayName), roles, unitIds, active: true } };
}

export async function saveLockout(db: Queryable, id: string, failedAttempts: number, lockedUntil: number | null): Promise<void> {
  await db.query('UPDATE accounts SET failed_attempts = $2, locked_until = $3, updated_at = now() WHERE id = $1', [id, failedAttempts, lockedUntil]);
}

export type AccountPatch = { roles?: Role[]; unitIds?: string[]; active?: boolean };

export async function updateAccount(db: Queryable, id: string, patch: AccountPatch): Promise<boolean> {
  const rows = await db.query(
    `UPDATE accounts SET roles = COALESCE($2::jsonb, roles), unit_ids = COALESCE($3::jsonb, unit_ids),
       active = COALESCE($4, active), updated_at = now() WHERE id = $1 RETURNING id`,
    [id, patch.roles ? JSON.stringify(patch.roles) : null, patch.unitIds ? JSON.stringify(patch.unitIds) : null, patch.active ?? null],
  );
  return rows.length > 0;
}

export { UNIT_ID };
