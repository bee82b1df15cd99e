import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatGregorian, formatHijri } from '@shared/calendar/hijri';
import { useLocale } from '@renderer/i18n/use-locale';
import type { QueueRow } from '../data/request-rows';

const DUE_COLOR = { overdue: 'red', 'due-soon': 'orange', 'on-track': 'teal', 'no-clock': 'gray' } as const;

type Props = { label: string; rows: readonly QueueRow[]; nameOf: (beneficiaryId: string) => string; onOpen: (id: string) => void };

/** Requests as rows, overdue and due-soon ones highlighted; Open goes to the request. */
export function RequestTable({ label, rows, nameOf, onOpen }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (rows.length === 0) return <Text c="dimmed">{t('requests.empty')}</Text>;
  return (
    <Table withTableBorder aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('requests.number')}</Table.Th>
          <Table.Th>{t('requests.beneficiary')}</Table.Th>
          <Table.Th>{t('requests.type')}</Table.Th>
          <Table.Th>{t('requests.status')}</Table.Th>
          <Table.Th>{t('requests.due')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(({ request, dueState }) => (
          <Table.Tr key={request.id} className={`wasl-due-${dueState}`} data-due={dueState}>
            <Table.Td>
              <bdi dir="ltr">{request.requestNumber}</bdi>
            </Table.Td>
            <Table.Td>{nameOf(request.beneficiaryId)}</Table.Td>
            <Table.Td>{locale === 'ar' ? request.requestType.nameAr : request.requestType.nameEn}</Table.Td>
            <Table.Td>{t(`intake.status.${request.status}`)}</Table.Td>
            <Table.Td>
              {request.dueDate && (
                <>
                  <Text size="sm">{formatHijri(request.dueDate, locale)}</Text>
                  <Text size="xs" c="dimmed">
                    {formatGregorian(request.dueDate, locale)}
                  </Text>
                </>
              )}
              {dueState !== 'no-clock' && (
                <Badge color={DUE_COLOR[dueState]} variant="light" size="sm">
                  {t(`intake.view.dueState.${dueState}`)}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>
              <Button size="compact-sm" variant="light" onClick={() => onOpen(request.id)} aria-label={t('requests.open', { number: request.requestNumber })}>
                {t('intake.drafts.open')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
