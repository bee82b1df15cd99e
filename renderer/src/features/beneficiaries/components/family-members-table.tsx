import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatGregorian, formatHijri } from '@shared/calendar/hijri';
import type { FamilyMember } from '@shared/db/schemas/beneficiary.schema';
import { isLocale, DEFAULT_LOCALE } from '@shared/i18n/locale';

export function FamilyMembersTable({ members }: { members: readonly FamilyMember[] }) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
  return (
    <Table mt="sm" withTableBorder aria-label={t('registry.member.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('registry.member.name')}</Table.Th>
          <Table.Th>{t('registry.member.relation')}</Table.Th>
          <Table.Th>{t('registry.member.birthDate')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {members.map((member, index) => (
          <Table.Tr key={index}>
            <Table.Td>{member.name}</Table.Td>
            <Table.Td>{t(`registry.relation.${member.relation}`)}</Table.Td>
            <Table.Td>{member.birthDate ? `${formatHijri(member.birthDate, locale)} — ${formatGregorian(member.birthDate, locale)}` : '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
