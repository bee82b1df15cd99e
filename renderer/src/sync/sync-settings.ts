/** Saving the sync server address and token into the desk settings (desk-local, never synced). */
import { validateServerUrl, validateSyncToken, type ServerUrlError, type SyncTokenError } from '@shared/sync/server-url';
import { err, ok, type Result } from '@shared/result';
import type { WaslDatabase } from '../db/database';
import { readDeskSettings, writeDeskSettings } from '../db/desk-settings';
import { appendAudit } from '../stores/audit-log';

export type SyncSettingsErrors = { serverUrl?: ServerUrlError; syncToken?: SyncTokenError };

export type SyncSettingsInput = { serverUrl: string; syncToken: string };

/** Pure: the address and token as they will be stored, or why each field is refused. */
export function validateSyncSettings(input: SyncSettingsInput): Result<SyncSettingsInput, SyncSettingsErrors> {
  const url = validateServerUrl(input.serverUrl);
  const token = validateSyncToken(input.syncToken);
  if (!url.ok || !token.ok) {
    return err({ ...(url.ok ? {} : { serverUrl: url.error }), ...(token.ok ? {} : { syncToken: token.error }) });
  }
  return ok({ serverUrl: url.value, syncToken: token.value });
}

export async function saveSyncSettings(db: WaslDatabase, input: SyncSettingsInput, actorId: string): Promise<Result<void, SyncSettingsErrors>> {
  const checked = validateSyncSettings(input);
  if (!checked.ok) return checked;
  const { serverUrl, syncToken } = checked.value;
  const settings = await readDeskSettings(db);
  if (!settings) throw new Error('desk is not set up');
  await writeDeskSettings(db, { ...settings, serverUrl, syncToken });
  // The token's value never goes into the audit log, only that the setting changed.
  await appendAudit(db, { actorId, action: 'desk.sync-settings-update', entity: 'desk', entityId: settings.deskId, fields: ['serverUrl', 'syncToken'], deskId: settings.deskId });
  return ok(undefined);
}
