import { useState } from 'react';
import { Alert, Badge, Button, Card, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DelegationData } from '@shared/catalog/case-catalog';
import { delegationState } from '@shared/catalog/case-routing-edit';
import { addDays, compareIsoDates, riyadhDateOf } from '@shared/calendar/iso-date';
import { formatGregorian } from '@shared/calendar/hijri';
import type { CatalogWriteDeps } from '@renderer/db/catalog-admin';
import { useAction } from '@renderer/components/use-action';
import { useLocale } from '@renderer/i18n/use-locale';
import { endDelegation, saveDelegation } from '../data/case-routing-admin';
import type { CaseRouting } from '../hooks/use-case-routing';
import { DelegationForm } from './delegation-form';

const STATE_COLOR = { current: 'teal', upcoming: 'blue', ended: 'gray' } as const;

/**
 * Time-limited delegations (policy 3.7a, 3.8f): while an officer is away their new cases go to the
 * delegate; a delegation ends by itself after its last day, or now with "end".
 */
export function DelegationsSection({ deps, routing }: { deps: CatalogWriteDeps; routing: CaseRouting }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const today = riyadhDateOf(deps.now().getTime());
  const nameOf = (id: string) => routing.holders.find((holder) => holder.id === id)?.displayName ?? t('caseRouting.unknownStaff');
  // Ended ones stay listed for a month (who stood in for whom lately), then drop off the screen; the catalog keeps them.
  const shown = routing.delegations.filter((d) => delegationState(d, today) !== 'ended' || compareIsoDates(d.to, addDays(today, -30)) >= 0);

  const save = useAction(async (input: DelegationData) => {
    const label = `${nameOf(input.officerId)} → ${nameOf(input.delegateId)}`;
    const result = await saveDelegation(deps, input, label);
    setErrors(result.ok ? [] : result.error.map((code) => t(`errors.${code}`)));
    setSaved(result.ok);
    return result.ok;
  });
  const end = useAction(async (key: string) => {
    const result = await endDelegation(deps, key);
    setErrors(result.ok ? [] : result.error.map((code) => t(`errors.${code}`)));
  });

  return (
    <Stack gap="md">
      <Title order={2} size="h4">{t('caseRouting.delegations')}</Title>
      <Table striped withTableBorder aria-label={t('caseRouting.delegations')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('caseRouting.delegationOfficer')}</Table.Th>
            <Table.Th>{t('caseRouting.delegate')}</Table.Th>
            <Table.Th>{t('caseRouting.from')}</Table.Th>
            <Table.Th>{t('caseRouting.to')}</Table.Th>
            <Table.Th>{t('caseRouting.state')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((delegation) => {
            const state = delegationState(delegation, today);
            return (
              <Table.Tr key={delegation.key}>
                <Table.Td>{nameOf(delegation.officerId)}</Table.Td>
                <Table.Td>{nameOf(delegation.delegateId)}</Table.Td>
                <Table.Td>{formatGregorian(delegation.from, locale)}</Table.Td>
                <Table.Td>{formatGregorian(delegation.to, locale)}</Table.Td>
                <Table.Td><Badge color={STATE_COLOR[state]} variant="light">{t(`caseRouting.states.${state}`)}</Badge></Table.Td>
                <Table.Td>
                  {state !== 'ended' && (
                    <Button size="compact-sm" variant="subtle" color="red" onClick={() => void end.run(delegation.key)}>{t('caseRouting.end')}</Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Card withBorder>
        <DelegationForm holders={routing.holders} busy={save.busy} onSave={async (input) => {
          const outcome = await save.run(input);
          return outcome.ok && outcome.value;
        }} />
      </Card>
      {errors.length > 0 && <Alert color="red" role="alert">{errors.join(' ')}</Alert>}
      {(save.error ?? end.error) && <Alert color="red" role="alert">{t('errors.save-failed', { message: t(save.error ?? end.error ?? '') })}</Alert>}
      {saved && <Alert color="teal" role="status">{t('caseRouting.delegationSaved')}</Alert>}
    </Stack>
  );
}
