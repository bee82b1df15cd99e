import { Alert, Checkbox, Fieldset, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONSENT_METHODS } from '@shared/db/schemas/beneficiary.schema';
import type { NoticeVersion } from '@shared/consent/privacy-notice';
import type { SectionProps } from '../form-state';

/**
 * PDPL consent (the purpose read to the beneficiary; no file without it) and free notes. A new file
 * also names the privacy notice version shown (Art. 12, the right to be informed) and how the
 * consent was given; an edit leaves the recorded consent as it is (the file screen holds its history).
 */
export function ConsentSection({ field, check, notice, isNew }: Pick<SectionProps, 'field' | 'check'> & { notice: NoticeVersion | null; isNew: boolean }) {
  const consent = check('consent');
  const method = field('consentMethod');
  const { t, i18n } = useTranslation();
  const title = notice ? (i18n.language === 'en' ? notice.titleEn : notice.titleAr) : '';
  return (
    <Fieldset legend={t('registry.section.consent')}>
      <Stack gap="sm">
        <Alert color="blue" variant="light" title={t('registry.consent.title')}>
          <Text size="sm">{t('registry.consent.purpose')}</Text>
          {isNew && (
            <Text size="sm" mt="xs" data-testid="consent-notice-version" data-version={notice?.version ?? 0}>
              {notice ? t('consent.form.noticeShown', { title, version: notice.version }) : t('consent.form.noNotice')}
            </Text>
          )}
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
        {isNew && (
          <Radio.Group label={t('consent.form.method')} id={method.id} value={method.value} onChange={(value) => method.onChange(value)} error={method.error}>
            <Group mt="xs">
              {CONSENT_METHODS.map((m) => (
                <Radio key={m} value={m} label={t(`consent.method.${m}`)} />
              ))}
            </Group>
          </Radio.Group>
        )}
        <Textarea label={t('registry.field.notes')} {...field('notes')} autosize minRows={2} />
      </Stack>
    </Fieldset>
  );
}
