import { useMemo } from 'react';
import { Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DashboardScreen } from '@renderer/features/dashboard/components/dashboard-screen';
import type { DocRef } from '@renderer/features/dashboard/data/read-source';
import { useSyncStatus } from '@renderer/features/sync/hooks/use-sync-status';
import { useDesk } from '../desk-context';
import { hashOf, routePaths } from '../route-paths';
import { useIntakeDeps } from './use-intake-deps';

const VIEWS: Partial<Record<DocRef['kind'], (id: string) => string>> = { request: routePaths.requests.view, case: routePaths.cases.view, visit: routePaths.visits.view };
const hrefOf = (ref: DocRef): string | null => {
  const view = VIEWS[ref.kind];
  return view ? hashOf(view(ref.id)) : null;
};

/** The desk's last sync as date and time in the UI language (the dashboard says its data is as of then). */
function useLastSync(): string | null {
  const { i18n } = useTranslation();
  const { lastSyncedAt } = useSyncStatus();
  if (!lastSyncedAt) return null;
  return new Intl.DateTimeFormat(i18n.language === 'ar' ? 'ar-SA-u-ca-gregory' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Riyadh' }).format(new Date(lastSyncedAt));
}

/** Management's dashboard, composed with the desk's sync state and the addresses of requests and cases. */
export function DashboardRoute() {
  const { t } = useTranslation();
  const base = useIntakeDeps();
  const { settings } = useDesk();
  const lastSync = useLastSync();
  const deps = useMemo(() => (base ? { db: base.db, actor: { id: base.actor.id, roles: base.actor.roles }, desk: { deskId: base.desk.deskId }, now: base.now } : null), [base]);
  if (!deps) return <Loader aria-label={t('app.loading')} />;
  return <DashboardScreen deps={deps} associationName={settings.associationName} lastSync={lastSync} hrefOf={hrefOf} />;
}
