/**
 * The data-rights wiring (PDPL): the data requests' screens, the button on the person's file, the
 * retention review, and the extension's notice through the outbox (data-request-extension.ts): the
 * features meet only here.
 */
import { useMemo, type ReactNode } from 'react';
import { Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { of } from 'rxjs';
import { useObservable } from '@renderer/components/use-observable';
import { DATA_REQUEST_OPENERS, holdsAny, type DataRequestsDeps } from '@renderer/features/data-rights/data/deps';
import { DataRequestScreen } from '@renderer/features/data-rights/components/data-request-screen';
import { DataRequestsScreen } from '@renderer/features/data-rights/components/data-requests-screen';
import { FileDataRights } from '@renderer/features/data-rights/components/file-data-rights';
import { OpenRequestScreen } from '@renderer/features/data-rights/components/open-request-screen';
import { RetentionScreen } from '@renderer/features/data-rights/components/retention-screen';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import { mayViewCase } from '@shared/cases/case-visibility';
import { extendWithNotice } from '../data-request-extension';
import { useDesk } from '../desk-context';
import { routePaths } from '../route-paths';
import { useIntakeDeps } from './use-intake-deps';

function useDataRequestsDeps(): DataRequestsDeps | null {
  const base = useIntakeDeps();
  return useMemo(() => (base ? { db: base.db, actorId: base.actor.id, roles: base.actor.roles, desk: base.desk, now: base.now } : null), [base]);
}

function WithDeps({ children }: { children: (deps: DataRequestsDeps) => ReactNode }) {
  const { t } = useTranslation();
  const deps = useDataRequestsDeps();
  return deps ? children(deps) : <Loader aria-label={t('app.loading')} />;
}


export function DataRequestsRoute() {
  const navigate = useNavigate();
  return (
    <WithDeps>
      {(deps) => (
        <DataRequestsScreen deps={deps} href={routePaths.dataRequests.view} fileHref={routePaths.beneficiaries.view} onRetention={deps.roles.includes('admin') ? () => void navigate(routePaths.dataRequests.retention) : null} />
      )}
    </WithDeps>
  );
}

export function DataRequestRoute() {
  const { id = '' } = useParams();
  const { settings } = useDesk();
  return (
    <WithDeps>
      {(deps) => (
        <DataRequestScreen
          key={id}
          deps={deps}
          id={id}
          associationName={settings.associationName}
          fileHref={routePaths.beneficiaries.view}
          editFileHref={routePaths.beneficiaries.edit}
          extend={(days, reason) => extendWithNotice(deps, id, days, reason)}
        />
      )}
    </WithDeps>
  );
}

function OpenForFile({ deps, fileId }: { deps: DataRequestsDeps; fileId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const file = useObservable(() => (fileId ? deps.db.beneficiaries.findOne(fileId).$ : of(null)), [deps.db, fileId], undefined);
  if (file === undefined) return <Loader aria-label={t('app.loading')} />;
  // A data request is a sensitive case: who records it at reception may not see it afterwards, and goes back to the file.
  const onOpened = (doc: CaseDoc) =>
    void navigate(mayViewCase(doc, { id: deps.actorId, roles: deps.roles }) ? routePaths.dataRequests.view(doc.id) : routePaths.beneficiaries.view(fileId), { replace: true });
  return <OpenRequestScreen deps={deps} beneficiaryId={fileId} fileLabel={file ? `${file.fullName} — ${file.fileNumber}` : fileId} onOpened={onOpened} />;
}

export function NewDataRequestRoute() {
  const [params] = useSearchParams();
  return <WithDeps>{(deps) => <OpenForFile deps={deps} fileId={params.get('file') ?? ''} />}</WithDeps>;
}

export function RetentionRoute() {
  const navigate = useNavigate();
  return <WithDeps>{(deps) => <RetentionScreen deps={deps} fileHref={routePaths.beneficiaries.view} onOpened={(id) => void navigate(routePaths.dataRequests.view(id))} />}</WithDeps>;
}

/** On the beneficiary's file: erased or not, and the button that records a data request (composed by the app). */
export function FileDataRightsSlot({ beneficiaryId }: { beneficiaryId: string }) {
  const navigate = useNavigate();
  return (
    <WithDeps>
      {(deps) => <FileDataRights deps={deps} beneficiaryId={beneficiaryId} href={routePaths.dataRequests.view} onNew={holdsAny(deps.roles, DATA_REQUEST_OPENERS) ? () => void navigate(routePaths.dataRequests.createFor(beneficiaryId)) : null} />}
    </WithDeps>
  );
}
