import { Alert, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useObservable } from '@renderer/components/use-observable';
import { needsAnotherChannel, type NoticeState } from '@shared/outbox/notice-state';
import { formatMobileForDisplay } from '@shared/registry/mobile';
import { watchNotices, type NoticeRow } from '../data/watch-notices';
import type { OutboxDeps } from '../data/queue-notice';

const COLORS: Record<NoticeState, string> = { queued: 'gray', sent: 'blue', delivered: 'teal', failed: 'red', unknown: 'orange' };

/** The server's reasons are rule codes (translated); a provider's own words are shown as given. */
function useReason() {
  const { t } = useTranslation();
  return (reason: string) => (reason.startsWith('outbox.') ? t(`outbox.reasons.${reason.slice('outbox.'.length)}`) : reason);
}

function Row({ row }: { row: NoticeRow }) {
  const { t } = useTranslation();
  const reason = useReason();
  return (
    <Table.Tr data-testid="notice-row" data-state={row.state}>
      <Table.Td>{t(`outbox.channels.${row.notice.subChannel}`, { defaultValue: row.notice.subChannel })}</Table.Td>
      <Table.Td>
        <bdi dir="ltr">{row.notice.subChannel === 'email' ? row.notice.address : formatMobileForDisplay(row.notice.address ?? '')}</bdi>
      </Table.Td>
      <Table.Td>
        <Badge color={COLORS[row.state]} variant="light" data-testid="notice-state">
          {t(`outbox.states.${row.state}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        {row.reason && (
          <Text size="sm" data-testid="notice-reason">
            <bdi>{reason(row.reason)}</bdi>
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * The notices of a beneficiary (or one record) with their state; a failed or unknown one is called
 * out so staff try another channel (policy 3.3e: the beneficiary must be told).
 */
export function NoticeList({ deps, beneficiaryId, recordId }: { deps: Pick<OutboxDeps, 'db'>; beneficiaryId: string; recordId?: string }) {
  const { t } = useTranslation();
  const rows = useObservable(() => watchNotices(deps, beneficiaryId, recordId), [deps.db, beneficiaryId, recordId], [] as NoticeRow[]);
  if (rows.length === 0) return null;
  const attention = rows.filter((row) => needsAnotherChannel(row.state)).length;
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Text fw={600}>{t('outbox.list.title')}</Text>
      </Group>
      {attention > 0 && (
        <Alert color="orange" data-testid="notice-attention">
          {t('outbox.list.attention', { count: attention })}
        </Alert>
      )}
      <Table data-testid="notice-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('outbox.list.channel')}</Table.Th>
            <Table.Th>{t('outbox.list.address')}</Table.Th>
            <Table.Th>{t('outbox.list.state')}</Table.Th>
            <Table.Th>{t('outbox.list.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Row key={row.notice.id} row={row} />
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
