import { Alert, Checkbox, Fieldset, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldId, type ErrorOf, type FormPatch, type FormState } from '../form-state';

/** PDPL consent (the purpose read to the beneficiary; no file without it) and free notes. */
export function ConsentSection({ form, patch, errorOf }: { form: FormState; patch: FormPatch; errorOf: ErrorOf }) {
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
          id={fieldId('consent')}
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
          checked={form.consent}
          onChange={(e) => patch({ consent: e.currentTarget.checked })}
          error={errorOf('consent')}
          aria-invalid={Boolean(errorOf('consent'))}
        />
        <Textarea
          id={fieldId('notes')}
          label={t('registry.field.notes')}
          value={form.notes}
          onChange={(e) => patch({ notes: e.currentTarget.value })}
          error={errorOf('notes')}
          autosize
          minRows={2}
        />
      </Stack>
    </Fieldset>
  );
}
