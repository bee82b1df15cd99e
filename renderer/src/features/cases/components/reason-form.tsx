import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CASE_LIMITS } from '@shared/db/schemas/case.schema';

type Props = { label: string; submit: string; color?: string; busy: boolean; onSubmit: (reason: string) => Promise<boolean>; testId?: string };

/** A move that needs a reason (waiting for the complainant, escalation): the reason is required and bounded. */
export function ReasonForm({ label, submit, color, busy, onSubmit, testId }: Props) {
  const { t } = useTranslation();
  const form = useForm({
    mode: 'controlled',
    initialValues: { reason: '' },
    validate: { reason: (v: string) => (v.trim() === '' ? 'cases.form.required' : v.length > CASE_LIMITS.reason ? 'cases.form.tooLong' : null) },
  });
  return (
    <form
      data-testid={testId}
      noValidate
      onSubmit={form.onSubmit(async ({ reason }) => {
        if (await onSubmit(reason)) form.reset();
      })}
    >
      <Stack gap="xs">
        <Textarea label={label} autosize minRows={2} {...form.getInputProps('reason')} error={form.errors.reason ? t(String(form.errors.reason)) : undefined} />
        <Group>
          <Button type="submit" color={color} loading={busy}>
            {submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
