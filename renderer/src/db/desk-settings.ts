/**
 * Desk-local settings, kept as the RxDB local document 'desk': local documents never replicate,
 * so a desk's code and name stay its own.
 */
import { map, type Observable } from 'rxjs';
import type { CollectionsOfDatabase, RxDatabase, RxLocalDocument } from 'rxdb/plugins/core';
import { isLocale, type Locale } from '../../../shared/i18n/locale';
import { validateDeskCode } from '../../../shared/staff/desk-code';
import { validateIdleMinutes } from '../../../shared/staff/idle';

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
    (s.session === undefined || isStoredSession(s.session))
  );
}

function toSettings<D>(doc: RxLocalDocument<D, DeskSettings> | null): DeskSettings | null {
  if (!doc) return null;
  const data: unknown = doc.toJSON().data;
  return isDeskSettings(data) ? data : null;
}

export async function readDeskSettings<C extends CollectionsOfDatabase>(db: RxDatabase<C>): Promise<DeskSettings | null> {
  return toSettings(await db.getLocal<DeskSettings>(DESK_SETTINGS_ID));
}

/** Refuses invalid settings: callers validate for the user first; this guards the invariant. */
export async function writeDeskSettings<C extends CollectionsOfDatabase>(db: RxDatabase<C>, settings: DeskSettings): Promise<void> {
  if (!isDeskSettings(settings)) throw new TypeError('Invalid desk settings');
  const { deskId, associationName, deskName, deskCode, idleLockMinutes, locale, setupCompletedAt, serverUrl, syncToken, deskCredential, session } = settings;
  // The sync fields are optional: stored only when set, so older settings stay valid.
  const sync = {
    ...(serverUrl === undefined ? {} : { serverUrl }),
    ...(syncToken === undefined ? {} : { syncToken }),
    ...(deskCredential === undefined ? {} : { deskCredential }),
    ...(session === undefined ? {} : { session: { ...session } }),
  };
  await db.upsertLocal<DeskSettings>(DESK_SETTINGS_ID, {
    deskId, associationName, deskName, deskCode, idleLockMinutes, locale, setupCompletedAt, ...sync,
  });
}

export function watchDeskSettings<C extends CollectionsOfDatabase>(db: RxDatabase<C>): Observable<DeskSettings | null> {
  return db.getLocal$<DeskSettings>(DESK_SETTINGS_ID).pipe(map(toSettings));
}
