import { useState } from 'react';
import { Alert, Button, FileInput, Group, Radio, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DATA_REQUEST_SUB_KINDS, RECEIVED_VIA } from '@shared/data-requests/data-request';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import { openRequestFromForm, type OpenRequestForm } from '../data/open-request';
import type { DataRequestsDeps } from '../data/deps';
import { useDataRequestAction } from '../hooks/use-data-request-action';

type Props = { deps: DataRequestsDeps; beneficiaryId: string; fileLabel: string; onOpened: (doc: CaseDoc) => void };

const EMPTY: OpenRequestForm = { subKind: '', receivedVia: 'in-person', requesterKind: 'self', guardianName: '', proof: null, description: '' };

/**
 * A data request recorded from the person's file (PDPL): which right, who asks (the person, or a guardian
 * with proof), and how it came; an oral request (in person, by phone) is recorded like a written one.
 */
export function OpenRequestScreen({ deps, beneficiaryId, fileLabel, onOpened }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState<OpenRequestForm>(EMPTY);
  const act = useDataRequestAction();
  const set = <K extends keyof OpenRequestForm>(key: K, value: OpenRequestForm[K]) => setForm((prev) => ({ ...prev, [key]: value }));
  const submit = async () => {
    let opened: CaseDoc | null = null;
    const done = await act.run(async () => {
      const result = await openRequestFromForm(deps, beneficiaryId, form);
      if (result.ok) opened = result.value;
      return result;
    });
    if (done && opened) onOpened(opened);
  };
  return (
    <Stack gap="md" maw={640}>
      <Title order={1} size="h2">{t('dataRequests.new.title')}</Title>
      <Text data-testid="request-file">{t('dataRequests.new.forFile', { file: fileLabel })}</Text>
      <Radio.Group label={t('dataRequests.kindLabel')} value={form.subKind} onChange={(value) => set('subKind', value)}>
        <Group gap="md" mt="xs">
          {DATA_REQUEST_SUB_KINDS.map((kind) => <Radio key={kind} value={kind} label={t(`dataRequests.kind.${kind}`)} />)}
        </Group>
      </Radio.Group>
      <Radio.Group label={t('dataRequests.new.receivedVia')} description={t('dataRequests.new.oralNote')} value={form.receivedVia} onChange={(value) => set('receivedVia', value as OpenRequestForm['receivedVia'])}>
        <Group gap="md" mt="xs">
          {RECEIVED_VIA.map((via) => <Radio key={via} value={via} label={t(`dataRequests.via.${via}`)} />)}
        </Group>
      </Radio.Group>
      <Radio.Group label={t('dataRequests.requester.label')} value={form.requesterKind} onChange={(value) => set('requesterKind', value as OpenRequestForm['requesterKind'])}>
        <Group gap="md" mt="xs">
          <Radio value="self" label={t('dataRequests.requester.self')} />
          <Radio value="guardian" label={t('dataRequests.requester.guardian')} />
        </Group>
      </Radio.Group>
      {form.requesterKind === 'guardian' && (
        <>
          <TextInput label={t('dataRequests.requester.guardianName')} value={form.guardianName} onChange={(e) => set('guardianName', e.currentTarget.value)} />
          <FileInput label={t('dataRequests.requester.proof')} description={t('dataRequests.requester.proofHint')} accept="application/pdf,image/png,image/jpeg" value={form.proof} onChange={(file) => set('proof', file)} clearable />
        </>
      )}
      <Textarea label={t('dataRequests.new.description')} autosize minRows={2} value={form.description} onChange={(e) => set('description', e.currentTarget.value)} />
      {act.problem && <Alert color="red" role="alert">{t(act.problem)}</Alert>}
      <Group>
        <Button loading={act.busy} onClick={() => void submit()}>{t('dataRequests.new.submit')}</Button>
      </Group>
    </Stack>
  );
}
