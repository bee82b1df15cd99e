import { useState } from 'react';
import { Alert, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INTERACTION_DIRECTIONS, INTERACTION_LIMITS } from '@shared/db/schemas/interaction.schema';
import { useCheckedForm } from '@renderer/components/use-checked-form';
import { useObservable } from '@renderer/components/use-observable';
import { logInteraction, watchRequestsOfBeneficiary, type IntakeDeps, type InteractionInput } from '../data';
import { optionKey, useChannelOptions, type ChannelOption } from '../hooks/use-channels';
import { useRefusable } from '../hooks/use-refusable';
import { validateContact, type ContactInput } from '../validate-contact';
import { RefusalAlert } from './refusal-alert';

const EMPTY: ContactInput = { channel: '', direction: 'inbound', subject: '', summary: '', requestId: '' };

/** The log entry of what the form holds: the chosen option is a channel and one of its sub-channels. */
function entryOf(beneficiaryId: string, input: ContactInput, options: readonly ChannelOption[]): InteractionInput {
  const option = options.find((o) => optionKey(o) === input.channel);
  const { requestId, direction, subject, summary } = input;
  return { beneficiaryId, requestId, channel: option?.channel ?? '', subChannel: option?.subChannel ?? '', direction, subject, summary };
}

/** Logs any contact with the beneficiary (policy 3.1, 3.7): channel, direction, subject, summary, request. */
export function ContactForm({ deps, beneficiaryId }: { deps: IntakeDeps; beneficiaryId: string }) {
  const { t } = useTranslation();
  const options = useChannelOptions(deps.db);
  const requests = useObservable(() => watchRequestsOfBeneficiary(deps, beneficiaryId), [deps.db, beneficiaryId], null) ?? [];
  const { busy, refusal, run } = useRefusable();
  const [saved, setSaved] = useState(false);
  // "Saved" shows until the next entry is typed.
  const { form, formProps } = useCheckedForm({ initialValues: EMPTY, validator: validateContact, onValuesChange: () => setSaved(false) });

  const submit = (input: ContactInput) =>
    run(async () => {
      const result = await logInteraction(deps, entryOf(beneficiaryId, input, options));
      if (!result.ok) return { code: result.error.code };
      form.reset();
      setSaved(true);
      return null;
    });

  return (
    <Card withBorder>
      <form {...formProps(submit)}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('intake.contact.title')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label={t('intake.contact.channel')}
              {...form.getInputProps('channel')}
              data={[{ value: '', label: '—' }, ...options.map((o) => ({ value: optionKey(o), label: o.label }))]}
            />
            <NativeSelect
              label={t('intake.contact.direction')}
              {...form.getInputProps('direction')}
              data={INTERACTION_DIRECTIONS.map((d) => ({ value: d, label: t(`intake.contact.${d}`) }))}
            />
            <NativeSelect
              label={t('intake.contact.request')}
              {...form.getInputProps('requestId')}
              data={[{ value: '', label: t('intake.contact.noRequest') }, ...requests.map((r) => ({ value: r.id, label: r.requestNumber }))]}
            />
          </SimpleGrid>
          <TextInput label={t('intake.contact.subject')} {...form.getInputProps('subject')} maxLength={INTERACTION_LIMITS.subject} />
          <Textarea label={t('intake.contact.summary')} autosize minRows={2} {...form.getInputProps('summary')} />
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
