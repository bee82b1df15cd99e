import type { Database } from '../db/database';
import { createAccessTokenKit, type AccessTokenKit } from './access-token';
import { createServerAudit, type ServerAudit } from './audit-log';
import { loadSigningKey } from './secrets';
import { createSyncPolicy, type SyncPolicy } from './sync-policy';

/** Everything the HTTP layer needs for accounts, sessions and roles, built once at start. */
export type AuthKit = {
  now: () => number;
  tokens: AccessTokenKit;
  audit: ServerAudit;
  policy: SyncPolicy;
  /** null = the development token is off (the default): only real sessions get in */
  devToken: string | null;
  /** desks revoked through this process, so its open streams stop at once (others stop at token expiry) */
  revokedDesks: Set<string>;
};

export type AuthOptions = {
  devToken: string | null;
  /** AUTH_SECRET; null = a key generated once and kept in the database */
  authSecret?: string | null;
  /** the clock (tests inject one to expire tokens) */
  now?: () => number;
  accessTokenTtlMs?: number;
};

export async function prepareAuth(db: Database, options: AuthOptions): Promise<AuthKit> {
  const now = options.now ?? Date.now;
  const key = await loadSigningKey(db, options.authSecret ?? null);
  const revokedDesks = new Set<string>();
  return {
    now,
    tokens: createAccessTokenKit(key, now, options.accessTokenTtlMs),
    audit: createServerAudit(db, now),
    policy: createSyncPolicy(db, { now, revokedDesks }),
    devToken: options.devToken,
    revokedDesks,
  };
}
