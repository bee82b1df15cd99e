import { ActionIcon, Button, Checkbox, Fieldset, Group, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { mobileChange } from '../form-input';
import { fieldId, type SectionProps } from '../form-state';
import { ChannelFields } from './channel-fields';

/** Mobiles (or why there is none), where the beneficiary lives, and how they agree to be reached. */
export function ContactSection(props: SectionProps) {
  const { form, patch, errorOf, field, check } = props;
  const { t } = useTranslation();
  const setMobile = (index: number, value: string) => patch(mobileChange(form, index, value));
  const text = (key: 'city' | 'district') => (
    <TextInput label={t(`registry.field.${key}`)} {...field(key)} autoComplete="off" required />
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
          <Checkbox label={t('registry.field.noMobile')} {...check('noMobile')} />
        </Group>
        {form.noMobile && (
          <TextInput label={t('registry.field.noMobileReason')} {...field('noMobileReason')} autoComplete="off" required />
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          {text('city')}
          {text('district')}
        </SimpleGrid>
        <Textarea label={t('registry.field.address')} description={t('registry.field.addressHint')} {...field('address')} autosize minRows={2} />
        <ChannelFields {...props} />
      </Stack>
    </Fieldset>
  );
}
