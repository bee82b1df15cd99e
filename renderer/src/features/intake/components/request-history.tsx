import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '@shared/intake/request-status';
import { useLocale } from '@renderer/i18n/use-locale';

/** Every move of the request: when, who, from → to, and the note or reason given. */
export function RequestHistory({ history, staffName }: { history: readonly HistoryEntry[]; staffName: (id: string) => string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const when = (iso: string) =>
    new Intl.DateTimeFormat(locale === 'ar' ? 'ar-SA-u-ca-gregory' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Riyadh' }).format(new Date(iso));
  if (history.length === 0) return null;
  return (
    <div>
      <Title order={2} size="h4" mb="xs">
        {t('intake.view.history')}
      </Title>
      <Table striped withTableBorder aria-label={t('intake.view.history')} data-testid="request-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('intake.view.when')}</Table.Th>
            <Table.Th>{t('intake.view.who')}</Table.Th>
            <Table.Th>{t('intake.view.change')}</Table.Th>
            <Table.Th>{t('intake.view.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.map((entry, index) => (
            <Table.Tr key={`${entry.at}-${index}`}>
              <Table.Td>{when(entry.at)}</Table.Td>
              <Table.Td>{staffName(entry.by)}</Table.Td>
              <Table.Td>
                {t('intake.view.move', { from: t(`intake.status.${entry.from}`), to: t(`intake.status.${entry.to}`) })}
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {[entry.declarationNumber && t('intake.view.declarationNumber', { number: entry.declarationNumber }), entry.reason, entry.note].filter(Boolean).join(' — ')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
