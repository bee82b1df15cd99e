import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DelegationData } from '@shared/catalog/case-catalog';
import { DualCalendarDateField } from '@renderer/components/dual-calendar-date-field';
import type { CaseHolder } from '../data/case-routing-admin';

const EMPTY: DelegationData = { officerId: '', delegateId: '', from: '', to: '' };

/** A new delegation: the officer away, who stands in, and the first and last day (both included). */
export function DelegationForm({ holders, busy, onSave }: { holders: CaseHolder[]; busy: boolean; onSave: (input: DelegationData) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [input, setInput] = useState<DelegationData>(EMPTY);
  const set = (patch: Partial<DelegationData>) => setInput((prev) => ({ ...prev, ...patch }));
  const options = [{ value: '', label: t('caseRouting.choose') }, ...holders.map((holder) => ({ value: holder.id, label: holder.displayName }))];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await onSave(input)) setInput(EMPTY);
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect label={t('caseRouting.delegationOfficer')} value={input.officerId} data={options} onChange={(e) => set({ officerId: e.currentTarget.value })} />
          <NativeSelect label={t('caseRouting.delegate')} value={input.delegateId} data={options} onChange={(e) => set({ delegateId: e.currentTarget.value })} />
        </SimpleGrid>
        <DualCalendarDateField id="delegation-from" label={t('caseRouting.from')} value={input.from} onChange={(from) => set({ from })} required />
        <DualCalendarDateField id="delegation-to" label={t('caseRouting.to')} value={input.to} onChange={(to) => set({ to })} required />
        <Group>
          <Button type="submit" loading={busy}>{t('caseRouting.addDelegation')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
