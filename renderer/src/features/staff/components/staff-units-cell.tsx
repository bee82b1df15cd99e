import { useState } from 'react';
import { Alert, Badge, Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StaffDoc } from '@shared/db/schemas/staff.schema';
import type { WaslDatabase } from '@renderer/db/database';
import { useObservable } from '@renderer/components/use-observable';
import { useAction } from '@renderer/components/use-action';
import { useLocale } from '@renderer/i18n/use-locale';
import { setStaffUnits } from '../data/create-staff';
import { UnitCheckboxes } from './unit-checkboxes';

type Props = { db: WaslDatabase; member: StaffDoc; deskId: string; actorId: string };

/** A staff member's units, and (for follow-up officers) an inline editor to change them. */
export function StaffUnitsCell({ db, member, deskId, actorId }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const docs = useObservable(() => db.catalog.find({ selector: { kind: 'unit' } }).$, [db], null);
  const [editing, setEditing] = useState<string[] | null>(null);
  const save = useAction(async (unitIds: string[]) => {
    await setStaffUnits(db, member.id, unitIds, deskId, actorId);
    setEditing(null);
  });
  const label = (key: string) => {
    const unit = docs?.map((d) => d.toMutableJSON()).find((u) => u.key === key);
    return unit ? (locale === 'ar' ? unit.labelAr : unit.labelEn) : key;
  };
  if (!member.roles.includes('follow-up-officer')) return null;
  if (editing) {
    return (
      <Stack gap="xs">
        <UnitCheckboxes db={db} id={`units-${member.id}`} value={editing} onChange={setEditing} />
        <Group>
          <Button size="compact-sm" loading={save.busy} onClick={() => void save.run(editing)}>
            {t('staffUnits.save')}
          </Button>
        </Group>
        {save.error && (
          <Alert color="red" role="alert">
            {t('errors.save-failed', { message: t(save.error) })}
          </Alert>
        )}
      </Stack>
    );
  }
  return (
    <Group gap={4}>
      {member.unitIds.map((key) => (
        <Badge key={key} variant="outline">
          {label(key)}
        </Badge>
      ))}
      <Button size="compact-xs" variant="subtle" onClick={() => setEditing([...member.unitIds])} aria-label={`${t('staffUnits.edit')}: ${member.displayName}`}>
        {t('staffUnits.edit')}
      </Button>
    </Group>
  );
}
