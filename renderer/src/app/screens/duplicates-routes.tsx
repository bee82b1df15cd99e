import { useMemo, type ReactNode } from 'react';
import { Alert, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { getSearchIndex } from '@renderer/db/search-index';
import { useLoad } from '@renderer/components/use-action';
import type { DuplicatesDeps } from '@renderer/features/duplicates/data/deps';
import { DuplicatesScreen } from '@renderer/features/duplicates/components/duplicates-screen';
import { MergePanel } from '@renderer/features/duplicates/components/merge-panel';
import { useSessionStore } from '../../stores/session-store';
import { useDesk } from '../desk-context';
import { routePaths } from '../route-paths';

/**
 * The merge screens' deps: the desk database, its search index (opened once, memoised) and the
 * signed-in staff member; or why the index would not open, as a translation key.
 */
function useDuplicatesDeps(): DuplicatesDeps | null | { failed: string } {
  const { db, settings } = useDesk();
  const staffId = useSessionStore((s) => s.user?.staffId);
  const { result: index, error } = useLoad(getSearchIndex, []);
  return useMemo(() => {
    if (error) return { failed: error };
    if (!index || !staffId) return null;
    return { db, index, actor: { id: staffId }, desk: { deskId: settings.deskId }, now: () => new Date() };
  }, [db, index, error, staffId, settings.deskId]);
}

function WithDeps({ children }: { children: (deps: DuplicatesDeps) => ReactNode }) {
  const { t } = useTranslation();
  const deps = useDuplicatesDeps();
  if (deps && 'failed' in deps) return <Alert color="red" role="alert">{t('errors.merge.failed', { message: t(deps.failed) })}</Alert>;
  return deps ? children(deps) : <Loader aria-label={t('app.loading')} />;
}

export function DuplicatesRoute() {
  const navigate = useNavigate();
  return <WithDeps>{(deps) => <DuplicatesScreen deps={deps} onReview={(a, b) => void navigate(routePaths.duplicates.pair(a, b))} />}</WithDeps>;
}

export function MergeRoute() {
  const navigate = useNavigate();
  const { first = '', second = '' } = useParams();
  return (
    <WithDeps>
      {(deps) => <MergePanel key={`${first}|${second}`} deps={deps} first={first} second={second} fileHref={routePaths.beneficiaries.view} onBack={() => void navigate(routePaths.duplicates.list)} />}
    </WithDeps>
  );
}
