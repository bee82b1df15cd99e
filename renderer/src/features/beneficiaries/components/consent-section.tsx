import { Alert, Checkbox, Fieldset, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SectionProps } from '../form-state';

/** PDPL consent (the purpose read to the beneficiary; no file without it) and free notes. */
export function ConsentSection({ field, check }: Pick<SectionProps, 'field' | 'check'>) {
  const consent = check('consent');
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('registry.section.consent')}>
      <Stack gap="sm">
        <Alert color="blue" variant="light" title={t('registry.consent.title')}>
          <Text size="sm">{t('registry.consent.purpose')}</Text>
          <Text size="sm" fw={600} mt="xs">
            {t('registry.consent.required')}
          </Text>
        </Alert>
        <Checkbox
          label={
            <>
              {t('registry.consent.given')}
              {/* Mantine's checkbox has no required star; the same mark as the other fields, not read out. */}
              <span className="wasl-required-star" aria-hidden="true">
                {' *'}
              </span>
            </>
          }
          description={t('registry.consent.recorded')}
          {...consent}
          aria-invalid={Boolean(consent.error)}
        />
        <Textarea label={t('registry.field.notes')} {...field('notes')} autosize minRows={2} />
      </Stack>
    </Fieldset>
  );
}
