/**
 * Desk-local settings, kept as the RxDB local document 'desk': local documents never replicate,
 * so a desk's code and name stay its own.
 */
import { from, switchMap, type Observable } from 'rxjs';
import type { CollectionsOfDatabase, RxDatabase, RxLocalDocument } from 'rxdb/plugins/core';
import { isLocale, type Locale } from '../../../shared/i18n/locale';
import { validateDeskCode } from '../../../shared/staff/desk-code';
import { validateIdleMinutes } from '../../../shared/staff/idle';
import { atRestKey, decryptValue, encryptValue } from './encryption-webcrypto';

export type DeskSettings = {
  /** uuid of this desk; every document's `deskId` */
  deskId: string;
  associationName: string;
  deskName: string;
  /** ^[A-Z0-9]{2,6}$, part of every file number */
  deskCode: string;
  idleLockMinutes: number;
  locale: Locale;
  /** ISO 8601; written last by the setup, so its presence means setup finished */
  setupCompletedAt: string;
  /** sync server address (shared/sync/server-url.ts); absent until someone sets it */
  serverUrl?: string;
  /** development bearer token for the sync server (a server started with DEV_TOKEN) */
  syncToken?: string;
  /** this desk's credential from the association's server (x-wasl-desk): present once the desk joined */
  deskCredential?: string;
  /** the last server session opened on this desk; sync uses its access token */
  session?: StoredSession;
  /** sessions signed out while the server was out of reach: their sign-out is sent at the next contact */
  endedSessions?: StoredSession[];
};

/** Tokens of a server session (shared/accounts/claims.ts SessionTokens), desk-local like the rest. */
export type StoredSession = { accountId: string; accessToken: string; accessExpiresAt: number; refreshToken: string; refreshExpiresAt: number };

function isStoredSession(value: unknown): value is StoredSession {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return typeof s.accountId === 'string' && typeof s.accessToken === 'string' && typeof s.refreshToken === 'string' &&
    typeof s.accessExpiresAt === 'number' && typeof s.refreshExpiresAt === 'number';
}

export const DESK_SETTINGS_ID = 'desk';


/** True when a stored value has every field with a valid value (an older or damaged one does not). */
export function isDeskSettings(value: unknown): value is DeskSettings {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return (
    typeof s.deskId === 'string' && s.deskId.length > 0 &&
    typeof s.associationName === 'string' && s.associationName.trim().length > 0 &&
    typeof s.deskName === 'string' && s.deskName.trim().length > 0 &&
    typeof s.deskCode === 'string' && validateDeskCode(s.deskCode).ok &&
    typeof s.idleLockMinutes === 'number' && validateIdleMinutes(s.idleLockMinutes) &&
    isLocale(s.locale) &&
    typeof s.setupCompletedAt === 'string' && s.setupCompletedAt.length > 0 &&
    (s.serverUrl === undefined || typeof s.serverUrl === 'string') &&
    (s.syncToken === undefined || typeof s.syncToken === 'string') &&
    (s.deskCredential === undefined || typeof s.deskCredential === 'string') &&
    (s.session === undefined || isStoredSession(s.session)) &&
    (s.endedSessions === undefined || (Array.isArray(s.endedSessions) && s.endedSessions.every(isStoredSession)))
  );
}

/**
 * The desk's credentials (development token, desk credential, session tokens: a refresh token lives
 * 14 days) are sealed with the database's at-rest key, like every encrypted field: local documents
 * are not field-encrypted by RxDB. A database opened without a password (unit tests) keeps them plain.
 */
type Secrets = Pick<DeskSettings, 'syncToken' | 'deskCredential' | 'session' | 'endedSessions'>;

async function seal<C extends CollectionsOfDatabase>(db: RxDatabase<C>, secrets: Secrets): Promise<Record<string, unknown>> {
  const present = Object.fromEntries(Object.entries(secrets).filter(([, value]) => value !== undefined));
  const password: unknown = db.password;
  if (typeof password !== 'string' || Object.keys(present).length === 0) return present;
  return { sealed: await encryptValue(await atRestKey(password), present) };
}

async function unseal<C extends CollectionsOfDatabase>(db: RxDatabase<C>, data: Record<string, unknown>): Promise<Record<string, unknown>> {
  const { sealed, ...rest } = data;
  const password: unknown = db.password;
  if (typeof sealed !== 'string' || typeof password !== 'string') return rest;
  try {
    const secrets = await decryptValue(await atRestKey(password), sealed);
    return { ...rest, ...(typeof secrets === 'object' && secrets !== null ? secrets : {}) };
  } catch {
    // Changed on disk: the desk keeps its settings and asks for a new sign-in, never shows setup again.
    return rest;
  }
}

async function toSettings<C extends CollectionsOfDatabase, D>(db: RxDatabase<C>, doc: RxLocalDocument<D, DeskSettings> | null): Promise<DeskSettings | null> {
  if (!doc) return null;
  const data: unknown = doc.toJSON().data;
  if (typeof data !== 'object' || data === null) return null;
  const settings = await unseal(db, data as Record<string, unknown>);
  return isDeskSettings(settings) ? settings : null;
}

export async function readDeskSettings<C extends CollectionsOfDatabase>(db: RxDatabase<C>): Promise<DeskSettings | null> {
  return toSettings(db, await db.getLocal<DeskSettings>(DESK_SETTINGS_ID));
}

/** Refuses invalid settings: callers validate for the user first; this guards the invariant. */
export async function writeDeskSettings<C extends CollectionsOfDatabase>(db: RxDatabase<C>, settings: DeskSettings): Promise<void> {
  if (!isDeskSettings(settings)) throw new TypeError('Invalid desk settings');
  const { deskId, associationName, deskName, deskCode, idleLockMinutes, locale, setupCompletedAt, serverUrl, syncToken, deskCredential, session, endedSessions } = settings;
  // The sync fields are optional: stored only when set, so older settings stay valid.
  const ended = endedSessions?.length ? endedSessions.map((one) => ({ ...one })) : undefined;
  const sealed = await seal(db, { syncToken, deskCredential, session: session === undefined ? undefined : { ...session }, endedSessions: ended });
  await db.upsertLocal(DESK_SETTINGS_ID, {
    deskId, associationName, deskName, deskCode, idleLockMinutes, locale, setupCompletedAt, ...(serverUrl === undefined ? {} : { serverUrl }), ...sealed,
  });
}

export function watchDeskSettings<C extends CollectionsOfDatabase>(db: RxDatabase<C>): Observable<DeskSettings | null> {
  return db.getLocal$<DeskSettings>(DESK_SETTINGS_ID).pipe(switchMap((doc) => from(toSettings(db, doc))));
}
