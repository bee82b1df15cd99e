import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaslBridge } from '@shared/ipc/contract';
import type { Locale } from '@shared/i18n/locale';
import type { WaslDatabase } from '@renderer/db/database';
import { writeDeskSettings } from '@renderer/db/desk-settings';
import { SetupScreen } from '@renderer/features/setup/components/setup-screen';
import { SignInScreen } from '@renderer/features/auth/components/sign-in-screen';
import { LockScreen } from '@renderer/features/auth/components/lock-screen';
import { AssociationSignInScreen } from '@renderer/features/auth/components/association-sign-in-screen';
import { RevokedScreen } from '@renderer/features/sync/components/revoked-screen';
import { useObservable } from '@renderer/components/use-observable';
import { useDeskSync } from '@renderer/sync/sync-context';
import { endDeskSession } from '@renderer/sync/session-end';
import { StatusScreen } from '../components/status-screen';
import { changeLocale } from '../i18n/i18n';
import { useLocale } from '../i18n/use-locale';
import { useSessionStore, type SessionUser } from '../stores/session-store';
import { appendAudit } from '../stores/audit-log';
import { DeskContext, type DeskContextValue } from './desk-context';
import { useDeskSettings } from './use-desk-settings';
import { useIdleLock } from './use-idle-lock';
import { useMenuCommands } from './use-menu-commands';
import { SignedInApp } from './signed-in-app';
import { hashOf, routePaths } from './route-paths';

/** Decides what the desk shows: setup, sign-in, the lock screen, or the signed-in app. */
export function DeskGate({ db, bridge }: { db: WaslDatabase; bridge: WaslBridge }) {
  const { t } = useTranslation();
  const settings = useDeskSettings(db);
  const locale = useLocale();
  const user = useSessionStore((s) => s.user);
  const locked = useSessionStore((s) => s.locked);
  const storedLocale = settings?.locale;
  // Sync runs from the start (not only once someone signs in): a revoked desk wipes itself even
  // when nobody uses it.
  const sync = useDeskSync();
  const revocation = useObservable(() => sync.revocation$, [sync], 'active');

  useEffect(() => {
    if (!storedLocale) return;
    if (storedLocale !== locale) void changeLocale(storedLocale);
    // The desktop menu starts in the desk's language too; the browser bridge ignores this.
    bridge.invoke('app:set-locale', { locale: storedLocale }).catch(() => undefined);
    // Only a change of the stored choice should move the UI language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storedLocale]);

  const switchLocale = useCallback(
    async (next: Locale) => {
      await changeLocale(next);
      if (settings) await writeDeskSettings(db, { ...settings, locale: next });
      // The desktop menu follows the UI language; the browser bridge ignores this.
      await bridge.invoke('app:set-locale', { locale: next }).catch(() => undefined);
    },
    [bridge, db, settings],
  );

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

  useIdleLock(Boolean(user) && !locked && Boolean(settings), settings?.idleLockMinutes ?? 5);
  useMenuCommands(bridge, {
    lock,
    'sign-out': () => void endSession(),
    'switch-language': () => void switchLocale(locale === 'ar' ? 'en' : 'ar'),
    about: () => {
      if (useSessionStore.getState().user) window.location.hash = hashOf(routePaths.about);
    },
  });

  const context = useMemo<DeskContextValue | null>(
    () => (settings ? { db, bridge, settings, switchLocale, signOut: endSession, lock } : null),
    [db, bridge, settings, switchLocale, endSession, lock],
  );

  // Before anything that reads the database: it is being deleted.
  if (revocation !== 'active') return <RevokedScreen state={revocation} />;
  if (settings === undefined) return <StatusScreen title={t('app.loading')} busy />;
  if (settings === null || !context) {
    return <SetupScreen db={db} onSwitchLocale={switchLocale} onComplete={startSession} />;
  }
  if (!user && settings.deskCredential) {
    return <AssociationSignInScreen db={db} settings={settings} onSwitchLocale={switchLocale} onSignedIn={startSession} />;
  }
  if (!user) return <SignInScreen db={db} settings={settings} onSwitchLocale={switchLocale} onSignedIn={startSession} />;
  if (locked) {
    return <LockScreen db={db} settings={settings} user={user} onSwitchLocale={switchLocale} onUnlocked={() => useSessionStore.getState().unlock(Date.now())} onSwitchUser={() => void endSession()} />;
  }
  return (
    <DeskContext.Provider value={context}>
      <SignedInApp />
    </DeskContext.Provider>
  );
}
