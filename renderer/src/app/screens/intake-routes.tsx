import { useCallback, useMemo, type ReactNode } from 'react';
import { Card, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Role } from '@shared/staff/roles';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import { watchDueLists, watchToRefer, watchUnitQueue, type IntakeDeps } from '@renderer/features/intake/data';
import { BeneficiaryRequests } from '@renderer/features/intake/components/beneficiary-requests';
import { BeneficiaryTimeline } from '@renderer/features/intake/components/beneficiary-timeline';
import { ContactForm } from '@renderer/features/intake/components/contact-form';
import { NewIntakeScreen } from '@renderer/features/intake/components/new-intake-screen';
import { RequestScreen } from '@renderer/features/intake/components/request-screen';
import { RequestsScreen } from '@renderer/features/requests/components/requests-screen';
import type { RequestSources } from '@renderer/features/requests/data/request-rows';
import { CatalogScreen } from '@renderer/features/catalog/components/catalog-screen';
import { MergedNotice } from '@renderer/features/duplicates/components/merged-notice';
import { ChannelConsent } from '@renderer/features/outbox/components/channel-consent';
import { ConsentPanel } from '@renderer/features/beneficiaries/components/consent/consent-panel';
import { NoticeList } from '@renderer/features/outbox/components/notice-list';
import { useDesk } from '../desk-context';
import { routePaths } from '../route-paths';
import { ViewBeneficiaryRoute } from './beneficiary-routes';
import { receiptMaker } from './receipt-maker';
import { requirementsSheetMaker } from './requirements-sheet-maker';
import { useIntakeDeps } from './use-intake-deps';
import { useDeclarationSlot } from './declaration-routes';
import { useOutboxSlot } from './outbox-slot';
import { RequestRatingSlot } from './service-rating-slot';
import { BeneficiaryCasesSlot } from './cases-routes';
import { FileDataRightsSlot } from './data-requests-routes';

const TAKERS: readonly Role[] = ['receptionist', 'admin'];
const ALL_UNITS: readonly Role[] = ['admin', 'manager'];

function WithDeps({ children }: { children: (deps: IntakeDeps) => ReactNode }) {
  const { t } = useTranslation();
  const deps = useIntakeDeps();
  return deps ? children(deps) : <Loader aria-label={t('app.loading')} />;
}

/** The beneficiary's file (registry) with their requests, the contact log form and the timeline (intake). */
export function BeneficiaryFileRoute() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { db, settings } = useDesk();
  return (
    <Stack gap="lg">
      <MergedNotice db={db} id={id} fileHref={routePaths.beneficiaries.view} />
      <ViewBeneficiaryRoute />
      <WithDeps>
        {(deps) => (
          <>
            <BeneficiaryRequests deps={deps} beneficiaryId={id} onNew={() => void navigate(routePaths.beneficiaries.newRequest(id))} onOpen={(rid) => void navigate(routePaths.requests.view(rid))} />
            <BeneficiaryCasesSlot beneficiaryId={id} />
            <FileDataRightsSlot beneficiaryId={id} />
            <ContactForm deps={deps} beneficiaryId={id} />
            <Card withBorder>
              <Stack gap="md">
                <NoticeList deps={deps} beneficiaryId={id} />
                <ChannelConsent deps={deps} beneficiaryId={id} />
              </Stack>
            </Card>
            <ConsentPanel deps={deps} beneficiaryId={id} associationName={settings.associationName} />
            <BeneficiaryTimeline deps={deps} beneficiaryId={id} />
          </>
        )}
      </WithDeps>
    </Stack>
  );
}

export function NewIntakeRoute() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { db, settings } = useDesk();
  const sheet = useMemo(() => requirementsSheetMaker(db, settings), [db, settings]);
  return <WithDeps>{(deps) => <NewIntakeScreen deps={deps} beneficiaryId={id} sheet={sheet} onStarted={(rid) => void navigate(routePaths.requests.view(rid), { replace: true })} />}</WithDeps>;
}

function OneRequest({ deps, id }: { deps: IntakeDeps; id: string }) {
  const { db, settings } = useDesk();
  const declaration = useDeclarationSlot(deps);
  const notices = useOutboxSlot(deps, settings.associationName);
  // The short rating follows the notices once the request is answered (policy 3.8).
  const outbox = useCallback(
    (request: RequestDoc, beneficiary: BeneficiaryDoc) => (
      <>
        {notices(request, beneficiary)}
        <RequestRatingSlot deps={deps} request={request} />
      </>
    ),
    [notices, deps],
  );
  return (
    <RequestScreen key={id} deps={deps} id={id} associationName={settings.associationName} fileHref={routePaths.beneficiaries.view} receipt={receiptMaker(db, settings, deps.actor.id)} declaration={declaration} outbox={outbox} />
  );
}

export function RequestRoute() {
  const { id = '' } = useParams();
  return <WithDeps>{(deps) => <OneRequest deps={deps} id={id} />}</WithDeps>;
}

function RequestsBody({ deps }: { deps: IntakeDeps }) {
  const navigate = useNavigate();
  const sources = useMemo<RequestSources>(
    () => ({ unitQueue: (unitId, limit) => watchUnitQueue(deps, unitId, limit), dueLists: (limit) => watchDueLists(deps, limit), toRefer: (limit) => watchToRefer(deps, limit) }),
    [deps],
  );
  const roles = deps.actor.roles;
  return (
    <RequestsScreen
      db={deps.db}
      sources={sources}
      myUnits={roles.some((r) => ALL_UNITS.includes(r)) ? null : deps.actor.unitIds}
      canTake={roles.some((r) => TAKERS.includes(r))}
      onOpen={(rid) => void navigate(routePaths.requests.view(rid))}
      onNew={() => void navigate(routePaths.requests.pickBeneficiary)}
    />
  );
}

export function RequestsRoute() {
  return <WithDeps>{(deps) => <RequestsBody deps={deps} />}</WithDeps>;
}

export function CatalogRoute() {
  const { db, settings } = useDesk();
  const sheet = useMemo(() => requirementsSheetMaker(db, settings), [db, settings]);
  return <WithDeps>{(deps) => <CatalogScreen deps={{ db: deps.db, actor: { id: deps.actor.id }, desk: deps.desk, now: deps.now }} sheet={sheet} />}</WithDeps>;
}
