import { useMemo, useState, type ReactNode } from 'react';
import { Alert, Button, Card, FileInput, Group, MultiSelect, NativeSelect, SegmentedControl, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { readCaseCategory } from '@shared/catalog/case-catalog';
import type { Channel } from '@shared/catalog/channels';
import { CASE_KINDS, CASE_PRIORITIES } from '@shared/db/schemas/case.schema';
import { useObservable } from '@renderer/components/use-observable';
import { createCase, type CasesDeps } from '../data';
import { useBilingual, useCatalogKind, useChannelOptions } from '../hooks/use-catalog-kind';
import { useCaseAction } from '../hooks/use-case-action';
import { inputOfValues, useNewCaseForm } from '../hooks/use-new-case-form';
import { caseErrorKey } from '../hooks/case-error-key';

export type PickedFile = { id: string; label: string };

const FIELD_OF: Record<string, string> = { attachments: 'scans', concernsStaffIds: 'concerns', replyChannel: 'channel', proposedMobile: 'mobile', nationalId: 'name' };

type Props = {
  deps: CasesDeps;
  /** The file the case is recorded from (opened from the beneficiary's file), or null. */
  file: PickedFile | null;
  /** The registry's search, composed by the app: calls onPick with the chosen file. */
  filePicker: (onPick: (file: PickedFile) => void) => ReactNode;
  onCreated: (id: string) => void;
};

/** Recording a case at the desk (policy 3.5a–b): every channel, a fax with its scan, a file or anonymous. */
export function NewCaseScreen({ deps, file, filePicker, onCreated }: Props) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const [picked, setPicked] = useState<PickedFile | null>(file);
  const { busy, problem, run } = useCaseAction();
  const domains = useCatalogKind(deps.db, 'association-domain').filter((d) => d.active);
  const channels = useChannelOptions(deps.db);
  const catalogChannels = useCatalogKind(deps.db, 'channel');
  const shared = useMemo(() => catalogChannels.filter((c) => c.active).map((c) => ({ key: c.key, labelAr: c.labelAr, labelEn: c.labelEn, subChannels: Array.isArray(c.data?.subChannels) ? (c.data.subChannels as Channel['subChannels']) : [] })), [catalogChannels]);
  const form = useNewCaseForm(deps, file?.id ?? '', shared);
  const caseCategories = useCatalogKind(deps.db, 'case-category');
  // Only the categories offered for the chosen kind (catalog 'case-category' data.kinds).
  const categories = caseCategories.filter((c) => c.active && (readCaseCategory(c.data)?.kinds.some((k) => k === form.values.kind) ?? false));
  const staff = useObservable(() => deps.db.staff.find().$, [deps.db], null);
  const staffOptions = useMemo(() => (staff ?? []).map((s) => ({ value: s.id, label: s.displayName })), [staff]);
  const none = { value: '', label: t('cases.form.choose') };
  const errorOf = (name: keyof typeof form.values) => (form.errors[name] ? t(String(form.errors[name])) : undefined);
  const values = form.values;

  const submit = form.onSubmit(async (v) => {
    let createdId = '';
    const done = await run(async () => {
      const result = await createCase(deps, inputOfValues(v), v.scans);
      if (result.ok) createdId = result.value.id;
      // The rule's own word on each field, next to the field (the alert says the first).
      else for (const [field, code] of Object.entries(result.error.fields ?? {})) form.setFieldError(FIELD_OF[field] ?? field, caseErrorKey(code));
      return result;
    });
    if (done) onCreated(createdId);
  });

  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {t('cases.new')}
      </Title>
      <Card withBorder>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <NativeSelect label={t('cases.kindLabel')} data={CASE_KINDS.map((k) => ({ value: k, label: t(`cases.kind.${k}`) }))} {...form.getInputProps('kind')} error={errorOf('kind')} />
            <NativeSelect label={t('cases.category')} data={[none, ...categories.map((c) => ({ value: c.key, label: pick(c.labelAr, c.labelEn) }))]} {...form.getInputProps('category')} error={errorOf('category')} />
            <NativeSelect label={t('cases.channel')} data={[none, ...channels.map((c) => ({ value: c.value, label: c.label }))]} {...form.getInputProps('channel')} error={errorOf('channel')} />
            <FileInput
              multiple
              clearable
              accept="application/pdf,image/jpeg,image/png,image/webp"
              label={t('cases.form.scans')}
              description={values.channel.startsWith('fax/') ? t('cases.form.faxNeedsScan') : undefined}
              value={values.scans}
              onChange={(files) => form.setFieldValue('scans', files)}
              error={errorOf('scans')}
            />
            <SegmentedControl
              aria-label={t('cases.form.who')}
              value={values.who}
              onChange={(v) => form.setFieldValue('who', v === 'file' ? 'file' : 'anonymous')}
              data={[{ value: 'file', label: t('cases.form.fromFile') }, { value: 'anonymous', label: t('cases.form.anonymous') }]}
            />
            {values.who === 'file' ? (
              <Stack gap="xs">
                {picked ? (
                  <Text data-testid="case-file">{t('cases.form.file', { file: picked.label })}</Text>
                ) : (
                  filePicker((f) => {
                    setPicked(f);
                    form.setFieldValue('beneficiaryId', f.id);
                  })
                )}
                {errorOf('beneficiaryId') && (
                  <Text c="red" size="sm">
                    {errorOf('beneficiaryId')}
                  </Text>
                )}
              </Stack>
            ) : (
              <Group grow align="flex-start">
                <TextInput label={t('cases.form.name')} {...form.getInputProps('name')} error={errorOf('name')} />
                <TextInput label={t('cases.form.mobile')} dir="ltr" {...form.getInputProps('mobile')} error={errorOf('mobile')} />
                <TextInput label={t('cases.form.email')} dir="ltr" {...form.getInputProps('email')} error={errorOf('email')} />
              </Group>
            )}
            <Textarea label={t('cases.description')} autosize minRows={3} {...form.getInputProps('description')} error={errorOf('description')} />
            <Group grow align="flex-start">
              <NativeSelect label={t('cases.priorityLabel')} data={CASE_PRIORITIES.map((p) => ({ value: p, label: t(`cases.priority.${p}`) }))} {...form.getInputProps('priority')} />
              <NativeSelect label={t('cases.domain')} data={[none, ...domains.map((d) => ({ value: d.key, label: pick(d.labelAr, d.labelEn) }))]} {...form.getInputProps('domain')} error={errorOf('domain')} />
            </Group>
            <MultiSelect label={t('cases.form.concerns')} description={t('cases.form.concernsHint')} data={staffOptions} searchable {...form.getInputProps('concerns')} />
            {problem && (
              <Alert color="red" role="alert">
                {t(problem)}
              </Alert>
            )}
            <Group>
              <Button type="submit" loading={busy}>
                {t('cases.form.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
