import { useState } from 'react';
import { Badge, Button, Card, Group, List, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TypeOption } from '../hooks/use-intake-catalog';
import { useBilingual } from '../hooks/use-intake-catalog';
import { PdfDownloadButton, type SheetMaker } from '@renderer/components/pdf-download-button';

type Props = {
  types: readonly TypeOption[];
  unitName: (key: string) => string;
  busy: boolean;
  onStart: (typeKey: string) => void;
  /** The type's requirements sheet to hand to the beneficiary (policy 3.3b); null without PDF support. */
  sheet: SheetMaker | null;
};

/**
 * Step 1: the request type. Choosing one shows its eligibility and its checklist before anything is
 * written, and its requirements sheet can be printed for the beneficiary to take away.
 */
export function TypePicker({ types, unitName, busy, onStart, sheet }: Props) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const [chosen, setChosen] = useState<string>('');
  const type = types.find((option) => option.key === chosen);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Radio.Group label={t('intake.chooseType')} value={chosen} onChange={setChosen}>
        <Stack gap="xs" mt="xs">
          {types.map((option) => (
            <Radio key={option.key} value={option.key} label={pick(option.latest.nameAr, option.latest.nameEn)} />
          ))}
        </Stack>
      </Radio.Group>
      {type && (
        <Card withBorder data-testid="type-details">
          <Stack gap="sm">
            <Title order={2} size="h4">
              {pick(type.latest.nameAr, type.latest.nameEn)}
            </Title>
            <Text size="sm">
              <Text span fw={600}>{t('intake.unit')}: </Text>
              {unitName(type.latest.unitId)}
            </Text>
            <Text fw={600}>{t('intake.eligibility')}</Text>
            <Text size="sm">{pick(type.eligibilityAr, type.eligibilityEn)}</Text>
            <Text fw={600}>{t('intake.requirements')}</Text>
            <List size="sm" spacing={4}>
              {type.latest.requirements.map((r) => (
                <List.Item key={r.id}>
                  <Group gap={6} wrap="nowrap">
                    <span>{pick(r.labelAr, r.labelEn)}</span>
                    <Badge size="xs" variant="outline">{t(`intake.kind.${r.kind}`)}</Badge>
                    {!r.required && <Badge size="xs" variant="light" color="gray">{t('intake.optional')}</Badge>}
                  </Group>
                </List.Item>
              ))}
            </List>
            <Group>
              <Button loading={busy} onClick={() => onStart(type.key)}>
                {t('intake.startIntake')}
              </Button>
              {sheet && <PdfDownloadButton label={t('intake.sheet.print')} make={() => sheet(type.key)} />}
            </Group>
          </Stack>
        </Card>
      )}
    </SimpleGrid>
  );
}
