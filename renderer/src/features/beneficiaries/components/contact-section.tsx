import { ActionIcon, Button, Checkbox, Fieldset, Group, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { mobileChange } from '../form-input';
import { fieldId, type ErrorOf, type FormPatch, type FormState } from '../form-state';
import { ChannelFields } from './channel-fields';

/** Mobiles (or why there is none), where the beneficiary lives, and how they agree to be reached. */
export function ContactSection({ form, patch, errorOf }: { form: FormState; patch: FormPatch; errorOf: ErrorOf }) {
  const { t } = useTranslation();
  const setMobile = (index: number, value: string) => patch(mobileChange(form, index, value));
  const text = (key: 'city' | 'district') => (
    <TextInput
      id={fieldId(key)}
      label={t(`registry.field.${key}`)}
      value={form[key]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        patch({ [key]: value });
      }}
      error={errorOf(key)}
      autoComplete="off"
      required
    />
  );
  return (
    <Fieldset legend={t('registry.section.contact')}>
      <Stack gap="sm">
        {!form.noMobile &&
          form.mobiles.map((mobile, index) => (
            <Group key={index} align="flex-end" gap="xs" wrap="nowrap">
              <TextInput
                id={fieldId(`mobiles.${index}`)}
                label={index === 0 ? t('registry.field.mobile') : t('registry.field.mobileN', { n: index + 1 })}
                description={index === 0 ? t('registry.field.mobileHint') : undefined}
                dir="ltr"
                inputMode="tel"
                value={mobile}
                onChange={(e) => setMobile(index, e.currentTarget.value)}
                error={errorOf(`mobiles.${index}`)}
                autoComplete="off"
                required={index === 0}
                className="wasl-grow"
              />
              {index > 0 && (
                <ActionIcon variant="subtle" color="red" mb={4} aria-label={t('registry.field.removeMobile', { n: index + 1 })} onClick={() => patch({ mobiles: form.mobiles.filter((_, i) => i !== index) })}>
                  ×
                </ActionIcon>
              )}
            </Group>
          ))}
        <Group gap="md">
          {!form.noMobile && (
            <Button variant="light" size="compact-sm" onClick={() => patch({ mobiles: [...form.mobiles, ''] })}>
              {t('registry.field.addMobile')}
            </Button>
          )}
          <Checkbox
            id={fieldId('noMobile')}
            label={t('registry.field.noMobile')}
            checked={form.noMobile}
            onChange={(e) => patch({ noMobile: e.currentTarget.checked })}
          />
        </Group>
        {form.noMobile && (
          <TextInput
            id={fieldId('noMobileReason')}
            label={t('registry.field.noMobileReason')}
            value={form.noMobileReason}
            onChange={(e) => {
              const value = e.currentTarget.value;
              patch({ noMobileReason: value });
            }}
            error={errorOf('noMobileReason')}
            autoComplete="off"
            required
          />
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          {text('city')}
          {text('district')}
        </SimpleGrid>
        <Textarea
          id={fieldId('address')}
          label={t('registry.field.address')}
          description={t('registry.field.addressHint')}
          value={form.address}
          onChange={(e) => patch({ address: e.currentTarget.value })}
          error={errorOf('address')}
          autosize
          minRows={2}
        />
        <ChannelFields form={form} patch={patch} errorOf={errorOf} />
      </Stack>
    </Fieldset>
  );
}
