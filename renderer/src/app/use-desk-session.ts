import { useCallback, useEffect } from 'react';
import type { WaslBridge } from '@shared/ipc/contract';
import type { Locale } from '@shared/i18n/locale';
import type { WaslDatabase } from '@renderer/db/database';
import { writeDeskSettings, type DeskSettings } from '@renderer/db/desk-settings';
import { endDeskSession } from '@renderer/sync/session-end';
import { changeLocale } from '../i18n/i18n';
import { useSessionStore, type SessionUser } from '../stores/session-store';
import { appendAudit } from '../stores/audit-log';
import { hashOf, routePaths } from './route-paths';

/**
 * The desk's language: the stored choice moves the UI (and the desktop menu) when it changes;
 * switching stores the new choice. Returns the switch.
 */
export function useDeskLocale(db: WaslDatabase, bridge: WaslBridge, settings: DeskSettings | null | undefined, locale: Locale) {
  const storedLocale = settings?.locale;
  useEffect(() => {
    if (!storedLocale) return;
    if (storedLocale !== locale) void changeLocale(storedLocale);
    // The desktop menu starts in the desk's language too; the browser bridge ignores this.
    bridge.invoke('app:set-locale', { locale: storedLocale }).catch(() => undefined);
    // Only a change of the stored choice should move the UI language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storedLocale]);

  return useCallback(
    async (next: Locale) => {
      await changeLocale(next);
      if (settings) await writeDeskSettings(db, { ...settings, locale: next });
      // The desktop menu follows the UI language; the browser bridge ignores this.
      await bridge.invoke('app:set-locale', { locale: next }).catch(() => undefined);
    },
    [bridge, db, settings],
  );
}

/** Starting, ending and locking a session on this desk. */
export function useSessionActions(db: WaslDatabase, settings: DeskSettings | null | undefined) {
  const endSession = useCallback(async () => {
    const current = useSessionStore.getState().user;
    if (current && settings) {
      await appendAudit(db, { actorId: current.staffId, action: 'session.sign-out', entity: 'staff', entityId: current.staffId, deskId: settings.deskId });
    }
    // The server session ends too (sent now, or at the next contact): sync stops until the next sign-in.
    await endDeskSession(db).catch((error: unknown) => console.error('sign-out: the server session was not ended', error));
    useSessionStore.getState().signOut();
  }, [db, settings]);

  const startSession = useCallback((signedIn: SessionUser) => {
    window.location.hash = hashOf(routePaths.home);
    useSessionStore.getState().signIn(signedIn, Date.now());
  }, []);

  const lock = useCallback(() => useSessionStore.getState().lock(), []);
  return { endSession, startSession, lock };
}
