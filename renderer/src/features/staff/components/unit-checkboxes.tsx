import { Checkbox, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WaslDatabase } from '@renderer/db/database';
import { useObservable } from '@renderer/components/use-observable';
import { useLocale } from '@renderer/i18n/use-locale';

/** The active competent units as checkboxes: the queues a follow-up officer works. */
export function UnitCheckboxes({ db, id, value, onChange }: { db: WaslDatabase; id: string; value: string[]; onChange: (units: string[]) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const docs = useObservable(() => db.catalog.find({ selector: { kind: 'unit' }, sort: [{ order: 'asc' }] }).$, [db], null);
  const units = (docs ?? []).map((d) => d.toMutableJSON()).filter((u) => u.active || value.includes(u.key));
  return (
    <Checkbox.Group id={id} label={t('staffUnits.label')} description={t('staffUnits.hint')} value={value} onChange={onChange}>
      <Group gap="md" mt="xs">
        {units.map((unit) => (
          <Checkbox key={unit.key} value={unit.key} label={locale === 'ar' ? unit.labelAr : unit.labelEn} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}
