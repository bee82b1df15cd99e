import { Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CASE_DECISIONS, CASE_LIMITS, type CaseDecision, type ResolutionMode } from '@shared/db/schemas/case.schema';

export type ResolveValues = { mode: ResolutionMode; agreement: string; decision: CaseDecision | ''; summary: string };

type Props = { busy: boolean; onSubmit: (values: ResolveValues) => Promise<boolean> };

/**
 * The resolution (policy 3.5c): settled amicably, recording what was agreed; or decided (upheld, partly
 * upheld, not upheld) with its summary.
 */
export function ResolveForm({ busy, onSubmit }: Props) {
  const { t } = useTranslation();
  const form = useForm<ResolveValues>({
    mode: 'controlled',
    initialValues: { mode: 'amicable', agreement: '', decision: '', summary: '' },
    validate: {
      agreement: (v, all) => (all.mode === 'amicable' && v.trim() === '' ? 'errors.case.agreement-required' : v.length > CASE_LIMITS.agreement ? 'cases.form.tooLong' : null),
      decision: (v, all) => (all.mode === 'decision' && v === '' ? 'errors.case.decision-required' : null),
      summary: (v, all) => (all.mode === 'decision' && v.trim() === '' ? 'errors.case.decision-required' : v.length > CASE_LIMITS.summary ? 'cases.form.tooLong' : null),
    },
  });
  const errorOf = (name: keyof ResolveValues) => (form.errors[name] ? t(String(form.errors[name])) : undefined);
  return (
    <form noValidate data-testid="resolve-form" onSubmit={form.onSubmit(async (values) => void (await onSubmit(values)))}>
      <Stack gap="xs">
        <Radio.Group label={t('cases.resolve.mode')} {...form.getInputProps('mode')}>
          <Group mt="xs">
            <Radio value="amicable" label={t('cases.resolve.amicable')} />
            <Radio value="decision" label={t('cases.resolve.decision')} />
          </Group>
        </Radio.Group>
        {form.values.mode === 'amicable' ? (
          <Textarea label={t('cases.resolve.agreement')} autosize minRows={2} {...form.getInputProps('agreement')} error={errorOf('agreement')} />
        ) : (
          <>
            <Radio.Group label={t('cases.resolve.outcome')} {...form.getInputProps('decision')} error={errorOf('decision')}>
              <Group mt="xs">
                {CASE_DECISIONS.map((d) => (
                  <Radio key={d} value={d} label={t(`cases.decision.${d}`)} />
                ))}
              </Group>
            </Radio.Group>
            <Textarea label={t('cases.resolve.summary')} autosize minRows={2} {...form.getInputProps('summary')} error={errorOf('summary')} />
          </>
        )}
        <Group>
          <Button type="submit" loading={busy}>
            {t('cases.resolve.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
