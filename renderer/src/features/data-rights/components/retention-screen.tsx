import { useState } from 'react';
import { Alert, Anchor, Button, Group, Loader, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLoad } from '@renderer/components/use-action';
import { RETENTION_YEARS_LIMITS, type ReviewItem } from '@shared/data-rights/retention';
import { openDataRequest } from '../data/data-request-write';
import type { DataRequestsDeps } from '../data/deps';
import { keepFile, readRetentionReview, setRetentionYears } from '../data/retention-review';
import { useDataRequestAction } from '../hooks/use-data-request-action';

type Props = { deps: DataRequestsDeps; fileHref: (id: string) => string; onOpened: (caseId: string) => void };

function ItemRow({ deps, item, fileHref, onOpened, onKept }: Omit<Props, 'deps'> & { deps: DataRequestsDeps; item: ReviewItem; onKept: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const act = useDataRequestAction();
  const erase = () => act.run(async () => {
    const opened = await openDataRequest(deps, item.beneficiaryId, { subKind: 'erasure', receivedVia: 'written', requester: { kind: 'self', name: '', proof: null }, description: t('dataRequests.retention.requestDescription', { n: item.idleYears }) });
    if (opened.ok) onOpened(opened.value.id);
    return opened;
  });
  const keep = async () => { if (await act.run(() => keepFile(deps, item.beneficiaryId, reason))) onKept(); };
  return (
    <Table.Tr>
      <Table.Td><Anchor href={`#${fileHref(item.beneficiaryId)}`}><bdi dir="ltr">{item.fileNumber}</bdi></Anchor></Table.Td>
      <Table.Td><bdi dir="ltr">{item.lastActivity}</bdi></Table.Td>
      <Table.Td>{item.idleYears}</Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <Group gap="xs">
            <Button size="compact-sm" color="red" variant="light" loading={act.busy} onClick={() => void erase()}>{t('dataRequests.retention.erase')}</Button>
            <TextInput size="xs" aria-label={t('dataRequests.retention.reason', { file: item.fileNumber })} placeholder={t('dataRequests.retention.reasonPlaceholder')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
            <Button size="compact-sm" variant="light" loading={act.busy} onClick={() => void keep()}>{t('dataRequests.retention.keep')}</Button>
          </Group>
          {act.problem && <Text size="sm" c="red.8" role="alert">{t(act.problem)}</Text>}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

/** The retention review (admins): files idle for the configured years, each erased (through a request) or kept with a reason. Nothing is erased automatically. */
export function RetentionScreen({ deps, fileHref, onOpened }: Props) {
  const { t } = useTranslation();
  const [version, setVersion] = useState(0);
  const review = useLoad(() => readRetentionReview(deps.db, deps.now()), [deps, version]);
  const [years, setYears] = useState<number | string>('');
  const save = useDataRequestAction();
  const reload = () => setVersion((v) => v + 1);
  return (
    <Stack gap="md">
      <Title order={1} size="h2">{t('dataRequests.retention.title')}</Title>
      <Text size="sm">{t('dataRequests.retention.explain', { n: review.result?.years ?? '' })}</Text>
      <Group align="flex-end">
        <NumberInput label={t('dataRequests.retention.years')} min={RETENTION_YEARS_LIMITS.min} max={RETENTION_YEARS_LIMITS.max} allowDecimal={false} value={years} onChange={setYears} w={200} />
        <Button variant="light" loading={save.busy} onClick={() => void save.run(() => setRetentionYears(deps, typeof years === 'number' ? years : Number.NaN)).then((done) => done && reload())}>{t('dataRequests.retention.saveYears')}</Button>
      </Group>
      {save.problem && <Alert color="red" role="alert">{t(save.problem)}</Alert>}
      {review.busy && <Loader aria-label={t('app.loading')} />}
      {review.error && <Alert color="red" role="alert">{t(review.error)}</Alert>}
      {review.result && (review.result.items.length === 0 ? <Alert color="gray">{t('dataRequests.retention.none')}</Alert> : (
        <Table withTableBorder aria-label={t('dataRequests.retention.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dataRequests.file')}</Table.Th>
              <Table.Th>{t('dataRequests.retention.lastActivity')}</Table.Th>
              <Table.Th>{t('dataRequests.retention.idleYears')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {review.result.items.map((item) => <ItemRow key={item.beneficiaryId} deps={deps} item={item} fileHref={fileHref} onOpened={onOpened} onKept={reload} />)}
          </Table.Tbody>
        </Table>
      ))}
    </Stack>
  );
}
