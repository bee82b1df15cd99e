import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LiaisonCell } from '@shared/catalog/case-catalog';
import type { CaseHolder } from '../data/case-routing-admin';

type Props = {
  title: string;
  initial: LiaisonCell;
  holders: CaseHolder[];
  busy: boolean;
  onSave: (officerId: string, backupId: string) => void;
  onCancel: () => void;
};

/** One cell: its officer and backup among the staff who may hold cases ("nobody" leaves a gap). */
export function LiaisonCellForm({ title, initial, holders, busy, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const [officerId, setOfficerId] = useState(initial.officerId);
  const [backupId, setBackupId] = useState(initial.backupId);
  const options = [{ value: '', label: t('caseRouting.nobody') }, ...holders.map((holder) => ({ value: holder.id, label: holder.displayName }))];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(officerId, backupId);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h5">{title}</Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect label={t('caseRouting.officer')} value={officerId} data={options} onChange={(e) => setOfficerId(e.currentTarget.value)} />
          <NativeSelect label={t('caseRouting.backup')} value={backupId} data={options} onChange={(e) => setBackupId(e.currentTarget.value)} />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={busy}>{t('caseRouting.saveCell')}</Button>
          <Button variant="default" onClick={onCancel}>{t('caseRouting.cancel')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
