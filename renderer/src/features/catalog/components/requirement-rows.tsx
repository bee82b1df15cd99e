import { Button, Checkbox, Fieldset, Group, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REQUIREMENT_KINDS, type Requirement, type RequirementKind } from '@shared/intake/request-type';

const isKind = (value: string): value is RequirementKind => (REQUIREMENT_KINDS as readonly string[]).includes(value);

/** The checklist lines of a type. New lines get a fresh id: checklists are keyed by it, so it never changes. */
export function RequirementRows({ rows, onChange }: { rows: Requirement[]; onChange: (rows: Requirement[]) => void }) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<Requirement>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const add = () => onChange([...rows, { id: `req-${crypto.randomUUID().slice(0, 8)}`, kind: 'document', labelAr: '', labelEn: '', required: true }]);
  return (
    <Fieldset legend={t('catalogAdmin.types.requirements')}>
      {rows.map((row, index) => (
        <Group key={row.id} align="flex-end" gap="xs" mb="xs" wrap="wrap" data-testid="requirement-row">
          <TextInput className="wasl-grow" label={t('catalogAdmin.types.labelAr')} dir="rtl" value={row.labelAr} onChange={(e) => update(index, { labelAr: e.currentTarget.value })} />
          <TextInput className="wasl-grow" label={t('catalogAdmin.types.labelEn')} dir="ltr" value={row.labelEn} onChange={(e) => update(index, { labelEn: e.currentTarget.value })} />
          <NativeSelect
            label={t('catalogAdmin.types.kind')}
            value={row.kind}
            data={REQUIREMENT_KINDS.map((kind) => ({ value: kind, label: t(`intake.kind.${kind}`) }))}
            onChange={(e) => {
              const kind = e.currentTarget.value;
              if (isKind(kind)) update(index, { kind });
            }}
          />
          <Checkbox label={t('catalogAdmin.types.required')} checked={row.required} onChange={(e) => update(index, { required: e.currentTarget.checked })} mb={8} />
          <Button variant="subtle" color="red" onClick={() => onChange(rows.filter((_, i) => i !== index))}>
            {t('catalogAdmin.types.remove')}
          </Button>
        </Group>
      ))}
      <Button variant="light" onClick={add}>
        {t('catalogAdmin.types.addRequirement')}
      </Button>
    </Fieldset>
  );
}
