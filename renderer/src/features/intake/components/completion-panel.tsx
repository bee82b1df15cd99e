import { useState, type ReactNode } from 'react';
import { Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import type { Labelled } from '../hooks/use-intake-catalog';
import { useBilingual } from '../hooks/use-intake-catalog';
import { useRefusable } from '../hooks/use-refusable';
import type { RequestActions } from '../data/request-actions';
import { DualDate } from './dual-date';
import { ReceiptButton, type ReceiptMaker } from './receipt-button';
import { RefusalAlert } from './refusal-alert';

/**
 * `declaration`: the signing step (features/declaration, composed by the app: features do not
 * import each other). Referral is refused by the data layer until that declaration is signed.
 */
type Props = { request: RequestDoc; units: readonly Labelled[]; actions: RequestActions; receipt: ReceiptMaker | null; declaration: ReactNode };

/** After completion: both dates in both calendars, the receipt, the signed declaration, and the referral. */
export function CompletionPanel({ request, units, actions, receipt, declaration }: Props) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const [unitId, setUnitId] = useState(request.unitId || request.requestType.unitId);
  const { busy, refusal, run, clear } = useRefusable();
  const options = units.filter((u) => u.active || u.key === unitId).map((u) => ({ value: u.key, label: pick(u.labelAr, u.labelEn) }));

  const refer = () => run(() => actions.transition({ to: 'referred', unitId }));

  return (
    <Card withBorder>
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('intake.completed.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {request.completionDate && (
            <div>
              <Text size="sm" c="dimmed">
                {t('intake.completed.completionDate')}
              </Text>
              <DualDate date={request.completionDate} testId="completion-date" />
            </div>
          )}
          {request.dueDate && (
            <div>
              <Text size="sm" c="dimmed">
                {t('intake.completed.dueDate')}
              </Text>
              <DualDate date={request.dueDate} testId="due-date" weekday />
            </div>
          )}
        </SimpleGrid>
        <ReceiptButton request={request} receipt={receipt} />
        {/* A refusal ("not signed yet") speaks of the last attempt: once staff act on the declaration it is stale. */}
        <div onClickCapture={() => refusal && clear()}>{declaration}</div>
        <Group align="flex-end">
          <NativeSelect label={t('intake.completed.referTo')} value={unitId} data={options} onChange={(e) => setUnitId(e.currentTarget.value)} />
          <Button loading={busy} onClick={() => void refer()}>
            {t('intake.completed.refer')}
          </Button>
        </Group>
        <RefusalAlert refusal={refusal} />
      </Stack>
    </Card>
  );
}
