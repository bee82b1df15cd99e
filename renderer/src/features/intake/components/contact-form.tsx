import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INTERACTION_DIRECTIONS, INTERACTION_LIMITS, type InteractionDirection } from '@shared/db/schemas/interaction.schema';
import { useObservable } from '@renderer/components/use-observable';
import { logInteraction, watchRequestsOfBeneficiary, type IntakeDeps } from '../data';
import { optionKey, useChannelOptions } from '../hooks/use-channels';
import { useRefusable } from '../hooks/use-refusable';
import { RefusalAlert } from './refusal-alert';

const EMPTY = { channel: '', direction: 'inbound' as InteractionDirection, subject: '', summary: '', requestId: '' };

/** Logs any contact with the beneficiary (policy 3.1, 3.7): channel, direction, subject, summary, request. */
export function ContactForm({ deps, beneficiaryId }: { deps: IntakeDeps; beneficiaryId: string }) {
  const { t } = useTranslation();
  const options = useChannelOptions(deps.db);
  const requests = useObservable(() => watchRequestsOfBeneficiary(deps, beneficiaryId), [deps.db, beneficiaryId], null) ?? [];
  const [form, setForm] = useState(EMPTY);
  const { busy, refusal, run } = useRefusable();
  const [saved, setSaved] = useState(false);
  const set = (patch: Partial<typeof form>) => {
    setSaved(false);
    setForm((prev) => ({ ...prev, ...patch }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const option = options.find((o) => optionKey(o) === form.channel);
    void run(async () => {
      const result = await logInteraction(deps, {
        beneficiaryId,
        requestId: form.requestId,
        channel: option?.channel ?? '',
        subChannel: option?.subChannel ?? '',
        direction: form.direction,
        subject: form.subject,
        summary: form.summary,
      });
      if (!result.ok) return { code: result.error.code };
      setForm(EMPTY);
      setSaved(true);
      return null;
    });
  };

  return (
    <Card withBorder>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('intake.contact.title')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label={t('intake.contact.channel')}
              value={form.channel}
              data={[{ value: '', label: '—' }, ...options.map((o) => ({ value: optionKey(o), label: o.label }))]}
              onChange={(e) => set({ channel: e.currentTarget.value })}
            />
            <NativeSelect
              label={t('intake.contact.direction')}
              value={form.direction}
              data={INTERACTION_DIRECTIONS.map((d) => ({ value: d, label: t(`intake.contact.${d}`) }))}
              onChange={(e) => set({ direction: e.currentTarget.value === 'outbound' ? 'outbound' : 'inbound' })}
            />
            <NativeSelect
              label={t('intake.contact.request')}
              value={form.requestId}
              data={[{ value: '', label: t('intake.contact.noRequest') }, ...requests.map((r) => ({ value: r.id, label: r.requestNumber }))]}
              onChange={(e) => set({ requestId: e.currentTarget.value })}
            />
          </SimpleGrid>
          <TextInput label={t('intake.contact.subject')} value={form.subject} maxLength={INTERACTION_LIMITS.subject} onChange={(e) => set({ subject: e.currentTarget.value })} />
          <Textarea label={t('intake.contact.summary')} autosize minRows={2} value={form.summary} onChange={(e) => set({ summary: e.currentTarget.value })} />
          <RefusalAlert refusal={refusal} />
          {saved && <Alert color="teal" role="status">{t('intake.contact.saved')}</Alert>}
          <Group>
            <Button type="submit" loading={busy}>
              {t('intake.contact.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
