import { useMemo, type ReactNode } from 'react';
import { Alert, Anchor, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import { useObservable } from '@renderer/components/use-observable';
import { watchRequest, type IntakeDeps } from '../data';
import { offeredTransitions } from '../offered-transitions';
import { requestActions } from '../data/request-actions';
import { useBeneficiary } from '../hooks/use-beneficiary';
import { useBilingual, useLabelled, useLabelOf } from '../hooks/use-intake-catalog';
import { useStaffNames } from '../hooks/use-staff-names';
import { CompletionPanel } from './completion-panel';
import { DraftWizard } from './draft-wizard';
import { DualDate } from './dual-date';
import { NoticePanel } from './notice-panel';
import type { ReceiptMaker } from './receipt-button';
import { RequestActionsPanel } from './request-actions';
import { RequestHistory } from './request-history';
import { StatusBadge } from './status-badge';
import '@renderer/styles/intake.css';

type Props = {
  deps: IntakeDeps;
  id: string;
  associationName: string;
  fileHref: (beneficiaryId: string) => string;
  receipt: ReceiptMaker | null;
  /** The declaration signing step for a request awaiting signature (composed by the app). */
  declaration?: (request: RequestDoc) => ReactNode;
  /** Sending the beneficiary notices through the outbox (composed by the app). */
  outbox?: (request: RequestDoc, beneficiary: BeneficiaryDoc) => ReactNode;
};

/** One request: its header, the step its status calls for, the moves open to this user, and its history. */
export function RequestScreen({ id, ...rest }: Props) {
  const { t } = useTranslation();
  const request = useObservable(() => watchRequest(rest.deps, id), [rest.deps.db, id], undefined);
  if (request === undefined) return <Loader aria-label={t('intake.loading')} />;
  if (request === null) return <Alert color="red" role="alert">{t('intake.missingRequest')}</Alert>;
  return <RequestBody {...rest} request={request} />;
}

function RequestBody({ deps, request, associationName, fileHref, receipt, declaration, outbox }: Omit<Props, 'id'> & { request: RequestDoc }) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const beneficiary = useBeneficiary(deps.db, request.beneficiaryId);
  const units = useLabelled(deps.db, 'unit');
  const unitName = useLabelOf(units);
  const staffName = useStaffNames(deps.db);
  const actions = useMemo(() => requestActions(deps, request.id), [deps, request.id]);
  const offered = offeredTransitions(request, deps.actor, deps.now().toISOString());
  // Completion, referral and informing have their own panels; the rest share the actions panel.
  // 'signed' is recorded by signing the declaration, never offered as a button.
  const generic = offered.filter((to) => !['awaiting-signature', 'signed', 'referred', 'informed'].includes(to));
  const signing = request.status === 'awaiting-signature' || request.status === 'signed';
  const later = request.status !== 'draft' && !signing;
  const deciding = ['approved', 'rejected', 'more-info-needed'].includes(request.status);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {t('intake.requestNumber')}
          </Text>
          <Text className="wasl-file-number-large" data-testid="request-number">
            <bdi dir="ltr">{request.requestNumber}</bdi>
          </Text>
          <Title order={1} size="h2">
            {pick(request.requestType.nameAr, request.requestType.nameEn)}
          </Title>
          <Group gap="xs">
            <StatusBadge status={request.status} />
            <Text size="sm" c="dimmed">
              {t('intake.version', { version: request.requestType.version })} · {t('intake.view.unit')}: {unitName(request.unitId)}
            </Text>
          </Group>
        </Stack>
        {beneficiary && (
          <Anchor component={Link} to={fileHref(beneficiary.id)}>
            {t('intake.view.fileLink')}: {beneficiary.fullName} (<bdi dir="ltr">{beneficiary.fileNumber}</bdi>)
          </Anchor>
        )}
      </Group>
      {request.status === 'draft' && <DraftWizard key={request.history.length} request={request} beneficiary={beneficiary} actions={actions} />}
      {signing && <CompletionPanel request={request} units={units} actions={actions} receipt={receipt} declaration={declaration?.(request) ?? null} />}
      {later && request.completionDate && request.dueDate && (
        <Card withBorder>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <div>
              <Text size="sm" c="dimmed">{t('intake.completed.completionDate')}</Text>
              <DualDate date={request.completionDate} testId="completion-date" />
            </div>
            <div>
              <Text size="sm" c="dimmed">{t('intake.completed.dueDate')}</Text>
              <DualDate date={request.dueDate} testId="due-date" weekday />
            </div>
          </SimpleGrid>
        </Card>
      )}
      {later && declaration?.(request)}
      {deciding && request.decision && <Alert color="blue">{t('intake.view.decisionWas', { decision: t(`intake.decision.${request.decision}`) })}</Alert>}
      {deciding && offered.includes('informed') && beneficiary && <NoticePanel deps={deps} request={request} beneficiary={beneficiary} associationName={associationName} actions={actions} />}
      {later && beneficiary && outbox?.(request, beneficiary)}
      {(later || generic.length > 0) && <RequestActionsPanel offered={generic} actions={actions} />}
      <RequestHistory history={request.history} staffName={staffName} />
    </Stack>
  );
}
