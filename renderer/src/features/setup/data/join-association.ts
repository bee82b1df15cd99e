/**
 * Joining an existing association: the desk registers with the server (one-time code from an
 * admin, its desk code, its Ed25519 public key) before it has issued a single number, and only
 * then writes its settings — with the server's desk id and credential, desk-local. Any refusal
 * (wrong code, taken desk code, server out of reach) leaves nothing behind on the desk.
 */
import { registerDesk, type AccountsErrorCode } from '@shared/accounts/session-client';
import type { Locale } from '@shared/i18n/locale';
import { err, ok, type Result } from '@shared/result';
import { DEFAULT_IDLE_LOCK_MINUTES } from '@shared/staff/idle';
import type { FetchLike } from '@shared/sync/http-client';
import type { WaslDatabase } from '@renderer/db/database';
import { loadOrCreateDeskKey, moveDeskKey, type DeskKeyEnvironment } from '@renderer/db/desk-keys';
import { writeDeskSettings, type DeskSettings } from '@renderer/db/desk-settings';
import type { JoinField, ValidJoin } from '../validate-join';

export type JoinDeps = { db: WaslDatabase; fetch: FetchLike; keys: DeskKeyEnvironment; now: () => Date };

/** A refused join: the code to translate, and the field the person should look at again (if any). */
export type JoinRefusal = { code: AccountsErrorCode; field: JoinField | null };

/** Which field the user should look at again for each refusal. */
const FIELD_OF: Partial<Record<AccountsErrorCode, JoinField>> = {
  'desk.code-taken': 'deskCode',
  'desk.registration-code-invalid': 'registrationCode',
  'server.refused': 'registrationCode',
  'server.unreachable': 'serverUrl',
};

export async function joinAssociation(deps: JoinDeps, join: ValidJoin, locale: Locale): Promise<Result<DeskSettings, JoinRefusal>> {
  const slot = `joining-${crypto.randomUUID()}`;
  const key = await loadOrCreateDeskKey(deps.keys, slot);
  const registered = await registerDesk(deps.fetch, join.serverUrl, {
    registrationCode: join.registrationCode, deskCode: join.deskCode, deskName: join.deskName, publicKey: key.publicKeyRaw,
  });
  if (!registered.ok) {
    // The next attempt makes a new key: a refused one was never published.
    await moveDeskKey(deps.keys, slot, null);
    return err({ code: registered.error, field: FIELD_OF[registered.error] ?? null });
  }
  const { deskId, deskCode, credential } = registered.value;
  await moveDeskKey(deps.keys, slot, deskId);
  const settings: DeskSettings = {
    deskId, deskCode, associationName: join.associationName, deskName: join.deskName,
    idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES, locale, serverUrl: join.serverUrl, deskCredential: credential,
    // Written last, as in the new-association setup: its presence means the desk is set up.
    setupCompletedAt: deps.now().toISOString(),
  };
  await writeDeskSettings(deps.db, settings);
  return ok(settings);
}
