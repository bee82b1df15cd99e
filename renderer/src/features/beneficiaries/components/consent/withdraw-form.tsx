import { useState } from 'react';
import { Alert, Button, Checkbox, Group, Select, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useResultAction } from '@renderer/components/use-result-action';
import { CONTACT_SUB_CHANNELS } from '@shared/consent/consent-log';
import { CONSENT_METHODS } from '@shared/db/schemas/beneficiary.schema';
import { recordWithdrawal, type ConsentDeps } from '../../data/consent-records';

/**
 * Withdrawing consent (PDPL Art. 5): what it stops — contact on the chosen channels (the outbox
 * honours it), being drawn for satisfaction surveys (the sampler leaves the person out) — and how
 * the person asked. Checked by the shared rule before anything is written.
 */
export function WithdrawForm({ deps, beneficiaryId, onDone }: { deps: ConsentDeps; beneficiaryId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [channels, setChannels] = useState<string[]>([]);
  const [sampling, setSampling] = useState(false);
  const [method, setMethod] = useState<string>('in-person');
  const [note, setNote] = useState('');
  const act = useResultAction();
  const submit = async () => {
    if (await act.run(() => recordWithdrawal(deps, beneficiaryId, { channels, sampling, method, note }))) onDone();
  };
  return (
    <Stack gap="xs" data-testid="consent-withdraw-form">
      <Checkbox.Group label={t('consent.withdraw.channels')} value={channels} onChange={setChannels}>
        <Group mt="xs">
          {CONTACT_SUB_CHANNELS.map((channel) => (
            <Checkbox key={channel} value={channel} label={t(`consent.channel.${channel}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      <Checkbox label={t('consent.withdraw.sampling')} checked={sampling} onChange={(e) => setSampling(e.currentTarget.checked)} />
      <Select label={t('consent.withdraw.method')} data={CONSENT_METHODS.map((m) => ({ value: m, label: t(`consent.method.${m}`) }))} value={method} onChange={(value) => setMethod(value ?? '')} allowDeselect={false} />
      <Textarea label={t('consent.withdraw.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={1} />
      {act.problem && <Alert color="red" role="alert">{t(act.problem)}</Alert>}
      <Group>
        <Button color="red" loading={act.busy} onClick={() => void submit()}>{t('consent.withdraw.submit')}</Button>
        <Button variant="default" onClick={onDone}>{t('consent.cancel')}</Button>
      </Group>
    </Stack>
  );
}
