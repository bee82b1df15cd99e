import { Button, Checkbox, Group, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CASE_LIMITS, type CaseDoc } from '@shared/db/schemas/case.schema';
import type { ChannelOption } from '../hooks/use-catalog-kind';

export type InformValues = { channel: string; reached: boolean; summary: string };

type Props = { doc: CaseDoc; channels: readonly ChannelOption[]; busy: boolean; onSubmit: (values: InformValues) => Promise<boolean> };

/** One attempt to tell the complainant the outcome, on their agreed channel by default (policy 3.7). */
export function InformForm({ doc, channels, busy, onSubmit }: Props) {
  const { t } = useTranslation();
  const agreed = doc.replyChannel ? `${doc.replyChannel}/${doc.replySubChannel}` : '';
  const form = useForm<InformValues>({
    mode: 'controlled',
    initialValues: { channel: agreed, reached: true, summary: '' },
    validate: {
      channel: (v) => (v === '' ? 'cases.form.required' : null),
      summary: (v) => (v.length > CASE_LIMITS.summary ? 'cases.form.tooLong' : null),
    },
  });
  const errorOf = (name: keyof InformValues) => (form.errors[name] ? t(String(form.errors[name])) : undefined);
  return (
    <form noValidate data-testid="inform-form" onSubmit={form.onSubmit(async (values) => void ((await onSubmit(values)) && form.setFieldValue('summary', '')))}>
      <Stack gap="xs">
        <NativeSelect
          label={t('cases.loop.channel')}
          description={agreed ? t('cases.loop.agreed', { channel: channels.find((c) => c.value === agreed)?.label ?? agreed }) : t('cases.loop.noAgreed')}
          data={[{ value: '', label: t('cases.form.choose') }, ...channels.map((c) => ({ value: c.value, label: c.label }))]}
          {...form.getInputProps('channel')}
          error={errorOf('channel')}
        />
        <Checkbox label={t('cases.loop.reached')} {...form.getInputProps('reached', { type: 'checkbox' })} />
        <Textarea label={t('cases.loop.summary')} autosize minRows={2} {...form.getInputProps('summary')} error={errorOf('summary')} />
        <Group>
          <Button type="submit" loading={busy}>
            {t('cases.loop.record')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
