import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaslBridge } from '@shared/ipc/contract';
import type { WaslDatabase } from '@renderer/db/database';
import { SetupScreen } from '@renderer/features/setup/components/setup-screen';
import { SignInScreen } from '@renderer/features/auth/components/sign-in-screen';
import { LockScreen } from '@renderer/features/auth/components/lock-screen';
import { AssociationSignInScreen } from '@renderer/features/auth/components/association-sign-in-screen';
import { RevokedScreen } from '@renderer/features/sync/components/revoked-screen';
import { PolicyGate } from '@renderer/features/policy/components/policy-gate';
import { useObservable } from '@renderer/components/use-observable';
import { useDeskSync } from '@renderer/sync/sync-context';
import { StatusScreen } from '../components/status-screen';
import { useLocale } from '../i18n/use-locale';
import { useSessionStore } from '../stores/session-store';
import { DeskContext, type DeskContextValue } from './desk-context';
import { useDeskSettings } from './use-desk-settings';
import { useIdleLock } from './use-idle-lock';
import { useMenuCommands } from './use-menu-commands';
import { SignedInApp } from './signed-in-app';
import { hashOf, routePaths } from './route-paths';
import { useDeskLocale, useSessionActions } from './use-desk-session';

/** Decides what the desk shows: setup, sign-in, the lock screen, or the signed-in app. */
export function DeskGate({ db, bridge }: { db: WaslDatabase; bridge: WaslBridge }) {
  const { t } = useTranslation();
  const settings = useDeskSettings(db);
  const locale = useLocale();
  const user = useSessionStore((s) => s.user);
  const locked = useSessionStore((s) => s.locked);
  // Sync runs from the start (not only once someone signs in): a revoked desk wipes itself even
  // when nobody uses it.
  const sync = useDeskSync();
  const revocation = useObservable(() => sync.revocation$, [sync], 'active');
  const switchLocale = useDeskLocale(db, bridge, settings, locale);
  const { endSession, startSession, lock } = useSessionActions(db, settings);

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
      {/* Art. 4: an unsigned current policy comes before any other screen. */}
      <PolicyGate db={db} deskId={settings.deskId} user={user} onSignOut={() => void endSession()}>
        <SignedInApp />
      </PolicyGate>
    </DeskContext.Provider>
  );
}
