import { useMemo } from 'react';
import { Card, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StaffDoc } from '@shared/db/schemas/staff.schema';
import type { WaslDatabase } from '@renderer/db/database';
import { useObservable } from '@renderer/components/use-observable';
import { StaffTable } from './staff-table';
import { AddStaffForm } from './add-staff-form';

interface StaffScreenProps {
  db: WaslDatabase;
  deskId: string;
  actorId: string;
}

/** Admin only (the route checks): the desk's staff and the form to add one. */
export function StaffScreen({ db, deskId, actorId }: StaffScreenProps) {
  const { t, i18n } = useTranslation();
  const docs = useObservable(() => db.staff.find().$, [db], null);
  const staff = useMemo<StaffDoc[]>(
    () => (docs ?? []).map((d) => d.toMutableJSON()).sort((a, b) => a.displayName.localeCompare(b.displayName, i18n.language)),
    [docs, i18n.language],
  );
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {t('staff.title')}
      </Title>
      <Card withBorder>
        <Stack>
          <Title order={2} size="h4">
            {t('staff.listTitle')}
          </Title>
          <StaffTable staff={staff} db={db} deskId={deskId} actorId={actorId} />
        </Stack>
      </Card>
      <Card withBorder>
        <AddStaffForm db={db} deskId={deskId} actorId={actorId} />
      </Card>
    </Stack>
  );
}
