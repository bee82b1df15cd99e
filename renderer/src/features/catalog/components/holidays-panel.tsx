import { useState } from 'react';
import { Alert, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HolidayError, HolidayRange } from '@shared/calendar/holidays';
import { compareIsoDates } from '@shared/calendar/iso-date';
import { formatGregorian, formatHijri } from '@shared/calendar/hijri';
import { useLocale } from '@renderer/i18n/use-locale';
import { holidayFromCatalog } from '@shared/catalog/holiday-catalog';
import { saveHoliday, type CatalogWriteDeps } from '@renderer/db/catalog-admin';
import { useAction } from '@renderer/components/use-action';
import { CatalogTable } from './catalog-table';
import { HolidayForm } from './holiday-form';
import { RefusalList } from './refusal-list';
import { useBilingual, useCatalogKind } from './use-catalog-kind';

/** The holiday table: every range in both calendars; add, edit or remove one row at a time. */
export function HolidaysPanel({ deps }: { deps: CatalogWriteDeps }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const pick = useBilingual();
  const docs = useCatalogKind(deps.db, 'holiday') ?? [];
  const table = docs.filter((d) => d.active).flatMap((d) => holidayFromCatalog(d) ?? []).sort((a, b) => compareIsoDates(a.start, b.start));
  const [editing, setEditing] = useState<HolidayRange | null>(null);
  const [errors, setErrors] = useState<HolidayError[]>([]);
  const [saved, setSaved] = useState(false);
  // The range last sent: a refusal names it with what was typed, not with the empty row it started from.
  const [tried, setTried] = useState<HolidayRange | null>(null);
  const nameOf = (id: string | undefined) => {
    const range = [...(tried ? [tried] : []), ...table].find((r) => r.id === id);
    return range ? pick(range.nameAr, range.nameEn) : (id ?? '');
  };

  const save = useAction(async (range: HolidayRange, active: boolean) => {
    setTried(range);
    const result = await saveHoliday(deps, range, { active });
    setErrors(result.ok ? [] : result.error);
    setSaved(result.ok);
    if (result.ok) setEditing(null);
  });
  const apply = (range: HolidayRange, active = true) => save.run(range, active);
  const startNew = () => {
    setErrors([]);
    setSaved(false);
    setEditing({ id: `h-${crypto.randomUUID().slice(0, 12)}`, nameAr: '', nameEn: '', start: '', end: '', kind: 'other' });
  };
  const dates = (date: string) => (
    <Stack gap={0}>
      <Text size="sm">{formatHijri(date, locale)}</Text>
      <Text size="xs" c="dimmed">
        {formatGregorian(date, locale)}
      </Text>
    </Stack>
  );
  const messages = [...new Set(errors.map((e) => t(`errors.${e.code}`, { name: nameOf(e.id), other: nameOf(e.otherId) })))];

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('catalogAdmin.holidays.list')}
        </Title>
        <Button onClick={startNew}>{t('catalogAdmin.holidays.add')}</Button>
      </Group>
      {editing && (
        <Card withBorder>
          <HolidayForm key={editing.id} initial={editing} onSave={(range) => void apply(range)} onCancel={() => { setEditing(null); setErrors([]); }} />
        </Card>
      )}
      <RefusalList title={t('catalogAdmin.holidays.refused')} messages={messages} />
      {save.error && (
        <Alert color="red" role="alert">
          {t('errors.save-failed', { message: t(save.error) })}
        </Alert>
      )}
      {saved && <Alert color="teal" role="status">{t('catalogAdmin.holidays.saved')}</Alert>}
      <CatalogTable label={t('catalogAdmin.holidays.list')} columns={['nameAr', 'start', 'end', 'kind'].map((c) => t(`catalogAdmin.holidays.${c}`))}>
        {table.map((range) => (
          <Table.Tr key={range.id}>
            <Table.Td>
              <Group gap="xs">
                {pick(range.nameAr, range.nameEn)}
                {range.projected && (
                  <Badge variant="light" color="orange" title={t('catalogAdmin.holidays.projected')}>
                    {t('catalogAdmin.holidays.projectedBadge')}
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td>{dates(range.start)}</Table.Td>
            <Table.Td>{dates(range.end)}</Table.Td>
            <Table.Td>{t(`catalogAdmin.holidays.kinds.${range.kind}`)}</Table.Td>
            <Table.Td>
              <Group gap={4} wrap="nowrap">
                <Button size="compact-sm" variant="light" onClick={() => { setErrors([]); setSaved(false); setEditing(range); }}>
                  {t('catalogAdmin.holidays.edit')}
                </Button>
                <Button size="compact-sm" variant="subtle" color="red" onClick={() => void apply(range, false)}>
                  {t('catalogAdmin.holidays.remove')}
                </Button>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </CatalogTable>
    </Stack>
  );
}
