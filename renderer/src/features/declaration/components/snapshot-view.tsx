import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeclarationSnapshot } from '@shared/db/schemas/declaration.schema';
import { joinList } from '@shared/i18n/list';
import { formatMobileForDisplay } from '@shared/registry/mobile';
import { useLocale } from '@renderer/i18n/use-locale';

/**
 * The declared snapshot as a table, to read out to the beneficiary before signing and to compare
 * with a paper on the verification screen. Numbers and codes in LTR isolates.
 */
export function SnapshotView({ snapshot }: { snapshot: DeclarationSnapshot }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const pick = (label: { ar: string; en: string }) => (locale === 'ar' ? label.ar : label.en);
  const { beneficiary, request } = snapshot;
  const mobiles = beneficiary.mobiles.length > 0
    ? joinList(beneficiary.mobiles.map((m) => formatMobileForDisplay(m)), locale)
    : `${t('declaration.field.noMobile')}${beneficiary.noMobileReason ? `: ${beneficiary.noMobileReason}` : ''}`;
  const rows: [string, React.ReactNode][] = [
    ['fullName', beneficiary.fullName],
    ...(beneficiary.latinName ? [['latinName', <bdi key="l" dir="ltr">{beneficiary.latinName}</bdi>] as [string, React.ReactNode]] : []),
    ['nationalId', <bdi key="n" dir="ltr">{beneficiary.nationalId}</bdi>],
    ['mobile', <bdi key="m">{mobiles}</bdi>],
    ['address', beneficiary.address || '—'],
    ['familyCount', beneficiary.familyCount],
    ['category', pick(beneficiary.category)],
    ['requestNumber', <bdi key="r" dir="ltr">{request.requestNumber}</bdi>],
    ['requestType', pick(request.requestType)],
    ['requirements', joinList(request.requirements.map(pick), locale) || '—'],
    ['channel', `${pick(snapshot.channel.label)}${snapshot.channel.address ? ` (${snapshot.channel.address})` : ''}`],
    ['due', `${snapshot.due.hijri} — ${snapshot.due.gregorian}`],
    ['declaredAt', `${snapshot.declaredAt.hijri} — ${snapshot.declaredAt.gregorian} ${snapshot.declaredAt.time}`],
    ['staff', snapshot.staffName],
  ];
  return (
    <Table withTableBorder withColumnBorders data-testid="declaration-snapshot">
      <Table.Tbody>
        {rows.map(([key, value]) => (
          <Table.Tr key={key}>
            <Table.Th scope="row" w="30%">
              {t(`declaration.field.${key}`)}
            </Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
