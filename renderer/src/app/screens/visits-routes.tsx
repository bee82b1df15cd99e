import { useMemo, type ReactNode } from 'react';
import { Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { VisitsDeps } from '@renderer/features/visits/data';
import { VisitScreen } from '@renderer/features/visits/components/visit-screen';
import { VisitsScreen } from '@renderer/features/visits/components/visits-screen';
import { useDesk } from '../desk-context';
import { routePaths } from '../route-paths';
import { FilePicker } from './cases-routes';
import { useIntakeDeps } from './use-intake-deps';

/** The visits' needs: the intake's (database, actor, desk, clock) and where photos travel (the sync server). */
function useVisitsDeps(): VisitsDeps | null {
  const base = useIntakeDeps();
  const { settings } = useDesk();
  const token = settings.session?.accessToken ?? settings.syncToken ?? '';
  const url = settings.serverUrl ?? '';
  return useMemo(() => (base ? { db: base.db, actor: base.actor, desk: base.desk, now: base.now, server: url !== '' && token !== '' ? { url, token } : null } : null), [base, url, token]);
}

function WithVisits({ children }: { children: (deps: VisitsDeps) => ReactNode }) {
  const { t } = useTranslation();
  const deps = useVisitsDeps();
  return deps ? children(deps) : <Loader aria-label={t('app.loading')} />;
}

export function VisitsRoute() {
  const navigate = useNavigate();
  return (
    <WithVisits>
      {(deps) => <VisitsScreen deps={deps} onOpen={(id) => void navigate(routePaths.visits.view(id))} filePicker={(onPick) => <FilePicker onPick={onPick} />} />}
    </WithVisits>
  );
}

export function VisitRoute() {
  const { id = '' } = useParams();
  const { settings } = useDesk();
  return <WithVisits>{(deps) => <VisitScreen deps={deps} visitId={id} associationName={settings.associationName} />}</WithVisits>;
}
