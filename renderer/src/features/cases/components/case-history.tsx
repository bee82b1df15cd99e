import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseHistoryEntry } from '@shared/db/schemas/case.schema';
import { useLocale } from '@renderer/i18n/use-locale';

/** Every move of the case: when, who, from → to, the officer it went to and the reason or note given. */
export function CaseHistory({ history, staffName }: { history: readonly CaseHistoryEntry[]; staffName: (id: string) => string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const when = (iso: string) => new Intl.DateTimeFormat(locale === 'ar' ? 'ar-SA-u-ca-gregory' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Riyadh' }).format(new Date(iso));
  if (history.length === 0) return null;
  return (
    <div>
      <Title order={2} size="h4" mb="xs">
        {t('cases.history.title')}
      </Title>
      <Table striped withTableBorder aria-label={t('cases.history.title')} data-testid="case-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cases.history.when')}</Table.Th>
            <Table.Th>{t('cases.history.who')}</Table.Th>
            <Table.Th>{t('cases.history.change')}</Table.Th>
            <Table.Th>{t('cases.history.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.map((entry, index) => (
            <Table.Tr key={`${entry.at}-${index}`}>
              <Table.Td>{when(entry.at)}</Table.Td>
              <Table.Td>{staffName(entry.by)}</Table.Td>
              <Table.Td>{t('cases.history.move', { from: t(`cases.status.${entry.from}`), to: t(`cases.status.${entry.to}`) })}</Table.Td>
              <Table.Td>
                <Text size="sm">{[entry.officerId && t('cases.history.officer', { name: staffName(entry.officerId) }), entry.reason, entry.note].filter(Boolean).join(' — ')}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
