import type { ReactNode } from 'react';
import { Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { findSubChannel } from '@shared/catalog/channels';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import { joinList } from '@shared/i18n/list';
import { formatMobileForDisplay } from '@shared/registry/mobile';
import { useLocale } from '@renderer/i18n/use-locale';
import { useBilingual } from '../hooks/use-intake-catalog';
import { RefusalAlert, type Refusal } from './refusal-alert';

type Props = {
  request: RequestDoc;
  beneficiary: BeneficiaryDoc | null;
  busy: boolean;
  refusal: Refusal | null;
  onBack: () => void;
  onComplete: () => void;
};

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}

/** Step 3: everything on one page before completion; the gate's refusal lists what is missing. */
export function ReviewStep({ request, beneficiary, busy, refusal, onBack, onComplete }: Props) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const locale = useLocale();
  const channel = beneficiary?.preferredChannel;
  const sub = channel ? findSubChannel(channel.channel, channel.subChannel) : undefined;
  return (
    <Card withBorder>
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('intake.review.title')}
        </Title>
        {beneficiary && (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} data-testid="review-beneficiary">
            <Item label={t('intake.review.beneficiary')}>{beneficiary.fullName}</Item>
            <Item label={t('intake.review.fileNumber')}>
              <bdi dir="ltr">{beneficiary.fileNumber}</bdi>
            </Item>
            <Item label={t('intake.review.nationalId')}>
              <bdi dir="ltr">{beneficiary.nationalId}</bdi>
            </Item>
            <Item label={t('intake.review.mobile')}>
              <bdi dir="ltr">{beneficiary.mobiles[0] ? formatMobileForDisplay(beneficiary.mobiles[0]) : t('intake.review.noValue')}</bdi>
            </Item>
            <Item label={t('intake.review.channel')}>{sub ? pick(sub.labelAr, sub.labelEn) : t('intake.review.noValue')}</Item>
          </SimpleGrid>
        )}
        <Table withTableBorder aria-label={t('intake.review.checklist')}>
          <Table.Tbody>
            {request.requestType.requirements.map((r) => {
              const entry = request.checklist[r.id];
              const detail = r.kind === 'field' ? (entry?.value ?? '') : joinList((entry?.files ?? []).map((f) => f.name), locale);
              return (
                <Table.Tr key={r.id}>
                  <Table.Td>{pick(r.labelAr, r.labelEn)}</Table.Td>
                  <Table.Td>
                    <bdi>{detail || t('intake.review.noValue')}</bdi>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={entry?.provided ? 'teal' : 'red'} variant="light">
                      {entry?.provided ? t('intake.checklist.provided') : t('intake.checklist.missing')}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {request.notes && <Item label={t('intake.checklist.notes')}>{request.notes}</Item>}
        <RefusalAlert refusal={refusal} />
        <Group>
          <Button loading={busy} onClick={onComplete}>
            {t('intake.review.complete')}
          </Button>
          <Button variant="default" onClick={onBack}>
            {t('intake.review.back')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
