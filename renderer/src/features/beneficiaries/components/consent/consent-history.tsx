import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { riyadhDateOf } from '@shared/calendar/iso-date';
import { formatGregorian } from '@shared/calendar/hijri';
import type { ConsentStep } from '@shared/db/schemas/beneficiary.schema';

/** The consent's steps, oldest first: given (to which notice version, how) or withdrawn (what it stops). */
export function ConsentHistory({ steps, names }: { steps: readonly ConsentStep[]; names: Readonly<Record<string, string>> }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'ar';
  const stops = (step: ConsentStep) =>
    [...step.stopsChannels.map((c) => t(`consent.channel.${c}`)), ...(step.stopsSampling ? [t('consent.stopped.sampling')] : [])].join('، ');
  return (
    <Table data-testid="consent-history" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('consent.history.date')}</Table.Th>
          <Table.Th>{t('consent.history.step')}</Table.Th>
          <Table.Th>{t('consent.history.version')}</Table.Th>
          <Table.Th>{t('consent.history.method')}</Table.Th>
          <Table.Th>{t('consent.history.by')}</Table.Th>
          <Table.Th>{t('consent.history.stops')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {steps.map((step) => (
          <Table.Tr key={step.id} data-kind={step.kind}>
            <Table.Td>{formatGregorian(riyadhDateOf(Date.parse(step.at)), locale)}</Table.Td>
            <Table.Td>{t(`consent.history.${step.kind}`)}</Table.Td>
            <Table.Td>{step.noticeVersion === 0 ? t('consent.history.unversioned') : step.noticeVersion}</Table.Td>
            <Table.Td>
              {t(`consent.method.${step.method}`)}
              {step.method === 'paper' && <Text size="xs" c={step.paperForm ? 'dimmed' : 'orange.8'}>{step.paperForm ? step.paperForm.name : t('consent.paper.pending')}</Text>}
            </Table.Td>
            <Table.Td>{names[step.by] ?? t('registry.view.unknownStaff')}</Table.Td>
            <Table.Td>{step.kind === 'withdrawn' ? stops(step) : ''}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
