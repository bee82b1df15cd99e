import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAction } from '@renderer/components/use-action';
import { useObservable } from '@renderer/components/use-observable';
import { CONSENT_CHANNELS, recordChannelChoice, watchOptOuts, type ConsentChannel } from '../data/channel-consent';
import type { OutboxDeps } from '../data/queue-notice';

/**
 * The beneficiary's choice of the channels the server sends by: opted out of one, no notice goes
 * by it (the server checks too), until they opt back in.
 */
export function ChannelConsent({ deps, beneficiaryId }: { deps: OutboxDeps; beneficiaryId: string }) {
  const { t } = useTranslation();
  const optOuts = useObservable(() => watchOptOuts(deps, beneficiaryId), [deps.db, beneficiaryId], null);
  const act = useAction((subChannel: ConsentChannel, optOut: boolean) => recordChannelChoice(deps, { beneficiaryId, subChannel, optOut }));
  if (!optOuts) return null;
  return (
    <Stack gap="xs" data-testid="channel-consent">
      <Text fw={600}>{t('outbox.consent.title')}</Text>
      {CONSENT_CHANNELS.map((channel) => (
        <Group key={channel} justify="space-between">
          <Text size="sm">
            {t(`outbox.channels.${channel}`)}: {t(optOuts[channel] ? 'outbox.consent.optedOut' : 'outbox.consent.allowed')}
          </Text>
          <Button size="xs" variant="light" loading={act.busy} onClick={() => void act.run(channel, !optOuts[channel])}>
            {t(optOuts[channel] ? 'outbox.consent.optIn' : 'outbox.consent.optOut')}
          </Button>
        </Group>
      ))}
      {act.error && <Text c="red.8" size="sm" role="alert">{t(act.error)}</Text>}
    </Stack>
  );
}
