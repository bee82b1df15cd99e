import { Alert, Anchor, Badge, Card, Divider, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useObservable } from '@renderer/components/use-observable';
import { watchDataRequest, type DataRequestRow } from '../data/data-request-queries';
import type { DataRequestsDeps } from '../data/deps';
import { RequesterText } from './data-requests-screen';
import { RequestAnswer } from './request-answer';
import { RequestClock } from './request-clock';
import { ExtensionStep, IdentityStep, RefusalStep, type ExtendStep } from './request-steps';

type Props = {
  deps: DataRequestsDeps;
  id: string;
  associationName: string;
  fileHref: (id: string) => string;
  editFileHref: (id: string) => string;
  /** the extension with its notice to the requester (composed by the app with the outbox) */
  extend: ExtendStep;
};

function Facts({ row, fileHref }: { row: DataRequestRow; fileHref: Props['fileHref'] }) {
  const { t } = useTranslation();
  const part = row.doc.dataRequest;
  if (!part) return null;
  return (
    <Stack gap={4}>
      <Text>{t('dataRequests.kindLabel')}: <strong data-testid="request-kind">{t(`dataRequests.kind.${part.subKind}`)}</strong></Text>
      <Text>{t('dataRequests.file')}: <Anchor href={`#${fileHref(row.doc.beneficiaryId)}`}>{row.fileName} <bdi dir="ltr">{row.fileNumber}</bdi></Anchor></Text>
      <Text>{t('dataRequests.requester.label')}: <RequesterText row={row} /></Text>
      <Text>{t('dataRequests.new.receivedVia')}: {t(`dataRequests.via.${part.receivedVia}`)}{part.receivedVia !== 'written' ? ` (${t('dataRequests.via.oral')})` : ''}</Text>
    </Stack>
  );
}

/** One data request: its facts, the clock (date and days left), the identity check, one extension, refusal, the answer. */
export function DataRequestScreen({ deps, id, associationName, fileHref, editFileHref, extend }: Props) {
  const { t } = useTranslation();
  const row = useObservable(() => watchDataRequest(deps, id), [deps, id], undefined);
  if (row === undefined) return <Loader aria-label={t('app.loading')} />;
  if (row === null || !row.doc.dataRequest) return <Alert color="red" role="alert">{t('dataRequests.errors.not-found')}</Alert>;
  const part = row.doc.dataRequest;
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} size="h2">{t('dataRequests.detailTitle')} <bdi dir="ltr" data-testid="request-number">{row.doc.caseNumber}</bdi></Title>
        <Badge size="lg" data-testid="request-status">{t(`dataRequests.status.${part.status}`)}</Badge>
      </Group>
      <Card withBorder>
        <Stack gap="sm">
          <Facts row={row} fileHref={fileHref} />
          <RequestClock clock={row.clock} testId="request-clock" />
        </Stack>
      </Card>
      <Card withBorder>
        <Stack gap="sm">
          <Title order={2} size="h4">{t('dataRequests.identity.title')}</Title>
          <IdentityStep deps={deps} caseId={id} part={part} />
          <Divider />
          <ExtensionStep deps={deps} part={part} extend={extend} />
          <RefusalStep deps={deps} caseId={id} part={part} />
        </Stack>
      </Card>
      {part.status !== 'refused' && (
        <Card withBorder>
          <RequestAnswer deps={deps} doc={row.doc} associationName={associationName} editFileHref={editFileHref} />
        </Card>
      )}
    </Stack>
  );
}
