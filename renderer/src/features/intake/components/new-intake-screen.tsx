import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { startIntake, type IntakeDeps } from '../data';
import { useBeneficiary } from '../hooks/use-beneficiary';
import { useLabelled, useLabelOf, useRequestTypes } from '../hooks/use-intake-catalog';
import { useRefusable } from '../hooks/use-refusable';
import { RefusalAlert } from './refusal-alert';
import { TypePicker } from './type-picker';
import type { SheetMaker } from '@renderer/components/pdf-download-button';
import '@renderer/styles/intake.css';

type Props = { deps: IntakeDeps; beneficiaryId: string; onStarted: (requestId: string) => void; sheet?: SheetMaker | null };

/** Step 1 of an intake for a known beneficiary: choose the type; the draft exists from the moment it starts. */
export function NewIntakeScreen({ deps, beneficiaryId, onStarted, sheet = null }: Props) {
  const { t } = useTranslation();
  const beneficiary = useBeneficiary(deps.db, beneficiaryId);
  const types = useRequestTypes(deps.db);
  const unitName = useLabelOf(useLabelled(deps.db, 'unit'));
  const { busy, refusal, run } = useRefusable();

  const start = (typeKey: string) =>
    run(async () => {
      const result = await startIntake(deps, beneficiaryId, typeKey);
      if (!result.ok) return { code: result.error.code };
      onStarted(result.value.id);
      return null;
    });

  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {t('intake.newRequestFor', { name: beneficiary?.fullName ?? '' })}
      </Title>
      {beneficiary && (
        <Text c="dimmed">
          <bdi dir="ltr">{beneficiary.fileNumber}</bdi>
        </Text>
      )}
      {types.length === 0 ? <Alert color="yellow">{t('requests.empty')}</Alert> : <TypePicker types={types} unitName={unitName} busy={busy} onStart={(key) => void start(key)} sheet={sheet} />}
      <RefusalAlert refusal={refusal} />
    </Stack>
  );
}
