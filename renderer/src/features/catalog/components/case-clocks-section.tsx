import { useState } from 'react';
import { Alert, Button, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CASE_CLOCK_MAX_DAYS, caseClocksFrom, type CaseClockData } from '@shared/catalog/case-catalog';
import { CASE_KINDS, type CaseKind } from '@shared/db/schemas/case.schema';
import type { CatalogWriteDeps } from '@renderer/db/catalog-admin';
import { useAction } from '@renderer/components/use-action';
import { saveCaseClock } from '../data/case-routing-admin';
import { useBilingual, useCatalogKind } from './use-catalog-kind';

/** Each case kind's working-day clock: acknowledge within, and answer or resolve within (editable defaults 1 / 5 / 10). */
export function CaseClocksSection({ deps }: { deps: CatalogWriteDeps }) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const docs = useCatalogKind(deps.db, 'case-clock');
  const [drafts, setDrafts] = useState<Partial<Record<CaseKind, CaseClockData>>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const clocks = caseClocksFrom(docs ?? []);
  const labelOf = (kind: CaseKind) => {
    const doc = docs?.find((entry) => entry.key === kind);
    return doc ? pick(doc.labelAr, doc.labelEn) : kind;
  };
  const save = useAction(async (kind: CaseKind, days: CaseClockData) => {
    const result = await saveCaseClock(deps, kind, days);
    setMessage(result.ok ? { ok: true, text: t('caseRouting.clockSaved', { kind: labelOf(kind) }) } : { ok: false, text: t('errors.case-clock.days', { max: CASE_CLOCK_MAX_DAYS }) });
    if (result.ok) setDrafts(({ [kind]: _saved, ...rest }) => rest);
  });
  const edit = (kind: CaseKind, patch: Partial<CaseClockData>) =>
    setDrafts((prev) => ({ ...prev, [kind]: { ...(prev[kind] ?? clocks[kind]), ...patch } }));
  const days = (value: string | number) => (typeof value === 'number' ? value : Number.NaN);

  return (
    <Stack gap="md">
      <Title order={2} size="h4">{t('caseRouting.clocks')}</Title>
      <Text size="sm" c="dimmed">{t('caseRouting.clocksIntro')}</Text>
      <Table withTableBorder aria-label={t('caseRouting.clocks')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('caseRouting.kind')}</Table.Th>
            <Table.Th>{t('caseRouting.acknowledgeDays')}</Table.Th>
            <Table.Th>{t('caseRouting.resolveDays')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {CASE_KINDS.map((kind) => {
            const value = drafts[kind] ?? clocks[kind];
            return (
              <Table.Tr key={kind}>
                <Table.Th scope="row">{labelOf(kind)}</Table.Th>
                <Table.Td>
                  <NumberInput aria-label={`${t('caseRouting.acknowledgeDays')} — ${labelOf(kind)}`} value={value.acknowledgeDays} min={1} max={CASE_CLOCK_MAX_DAYS} allowDecimal={false} onChange={(v) => edit(kind, { acknowledgeDays: days(v) })} />
                </Table.Td>
                <Table.Td>
                  <NumberInput aria-label={`${t('caseRouting.resolveDays')} — ${labelOf(kind)}`} value={value.resolveDays} min={1} max={CASE_CLOCK_MAX_DAYS} allowDecimal={false} onChange={(v) => edit(kind, { resolveDays: days(v) })} />
                </Table.Td>
                <Table.Td>
                  <Button size="compact-sm" disabled={!drafts[kind]} onClick={() => void save.run(kind, value)}>{t('caseRouting.saveCell')}</Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {message && <Alert color={message.ok ? 'teal' : 'red'} role={message.ok ? 'status' : 'alert'}>{message.text}</Alert>}
      {save.error && <Alert color="red" role="alert">{t('errors.save-failed', { message: t(save.error) })}</Alert>}
    </Stack>
  );
}
