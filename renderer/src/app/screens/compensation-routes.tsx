/**
 * The compensation wiring (policy 3.4): its screens, the panel on a complaint or dispute that opens one,
 * the minute check on the verification screen, and the declaration's signing pad for the settlement's
 * acceptance (the features meet only here).
 */
import { useMemo, type ReactNode } from 'react';
import { Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import { parseMinuteCode, type CompensationDeps } from '@renderer/features/compensation/data';
import { CompensationList } from '@renderer/features/compensation/components/compensation-list';
import { CompensationScreen } from '@renderer/features/compensation/components/compensation-screen';
import { MinuteVerification } from '@renderer/features/compensation/components/minute-verification';
import { OpenCompensationPanel } from '@renderer/features/compensation/components/open-compensation-panel';
import type { PadSlot } from '@renderer/features/compensation/components/settlement-section';
import { SignaturePadField } from '@renderer/features/declaration/components/signature-pad-field';
import { useDesk } from '../desk-context';
import { routePaths } from '../route-paths';
import { useIntakeDeps } from './use-intake-deps';

function useCompensationDeps(): CompensationDeps | null {
  const base = useIntakeDeps();
  return useMemo(() => (base ? { db: base.db, actor: base.actor, desk: base.desk, now: base.now } : null), [base]);
}

function WithDeps({ children }: { children: (deps: CompensationDeps) => ReactNode }) {
  const { t } = useTranslation();
  const deps = useCompensationDeps();
  return deps ? children(deps) : <Loader aria-label={t('app.loading')} />;
}

const padSlot: PadSlot = SignaturePadField;

export function CompensationListRoute() {
  return <WithDeps>{(deps) => <CompensationList deps={deps} href={routePaths.compensation.view} />}</WithDeps>;
}

export function CompensationRoute() {
  const { id = '' } = useParams();
  const { settings } = useDesk();
  return (
    <WithDeps>
      {(deps) => <CompensationScreen key={id} deps={deps} id={id} caseHref={routePaths.cases.view} padSlot={padSlot} associationName={settings.associationName} />}
    </WithDeps>
  );
}

export function OpenCompensationSlot({ origin }: { origin: CaseDoc }) {
  const navigate = useNavigate();
  return (
    <WithDeps>
      {(deps) => <OpenCompensationPanel deps={deps} origin={origin} compensationHref={routePaths.compensation.view} onOpened={(id) => void navigate(routePaths.compensation.view(id))} />}
    </WithDeps>
  );
}

/** The verification screen's check of a printed minute code; null until the session is known. */
export function useMinuteCheck() {
  const deps = useCompensationDeps();
  return useMemo(() => (deps ? { claims: (code: string) => parseMinuteCode(code) !== null, render: (code: string) => <MinuteVerification key={code} deps={deps} code={code} /> } : null), [deps]);
}
