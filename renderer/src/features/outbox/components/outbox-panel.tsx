import { useState } from 'react';
import { Alert, Anchor, Button, Card, Checkbox, Group, SegmentedControl, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAction } from '@renderer/components/use-action';
import { formatMobileForDisplay } from '@shared/registry/mobile';
import { whatsappLink } from '@shared/outbox/notice-rules';
import { countSmsSegments, MAX_SMS_SEGMENTS } from '@shared/outbox/segments';
import { confirmWhatsappSent, queueNotice, type NoticeRecord, type OutboxDeps } from '../data/queue-notice';
import { NoticeList } from './notice-list';

export type OutboxChannel = 'sms' | 'email' | 'whatsapp';

/** The addresses the beneficiary gave (their file): mobiles, and the agreed channel's address. */
export type NoticeContact = { beneficiaryId: string; mobiles: readonly string[]; email: string };

type Props = {
  deps: OutboxDeps;
  record: NoticeRecord;
  requestId?: string;
  contact: NoticeContact;
  /** The notice text for a channel (the existing templates, shared/intake/notice-message.ts). */
  compose: (channel: OutboxChannel) => { subject: string; body: string };
  initialChannel?: OutboxChannel;
};

/**
 * Sending a notice (policy 3.3e): by SMS or e-mail it is queued here (offline too) and the server
 * sends it; the SMS segments are shown before queueing. By WhatsApp the desk opens a wa.me link with
 * the number and text, and staff confirm they sent it. Below: this record's notices and their state.
 */
export function OutboxPanel({ deps, record, requestId, contact, compose, initialChannel = 'sms' }: Props) {
  const { t } = useTranslation();
  const [channel, setChannel] = useState<OutboxChannel>(initialChannel);
  const defaultAddress = (c: OutboxChannel) => (c === 'email' ? contact.email : contact.mobiles[0] ? formatMobileForDisplay(contact.mobiles[0]) : '');
  const [address, setAddress] = useState(defaultAddress(initialChannel));
  const [urgent, setUrgent] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const message = compose(channel);
  const segments = channel === 'sms' ? countSmsSegments(message.body) : null;
  const link = channel === 'whatsapp' ? whatsappLink(address, message.body) : null;
  const base = { record, beneficiaryId: contact.beneficiaryId, requestId, address, subject: message.subject, text: message.body };

  const act = useAction((kind: 'queue' | 'whatsapp') => (kind === 'queue' ? queueNotice(deps, { ...base, subChannel: channel, urgent }) : confirmWhatsappSent(deps, base)));
  const run = async (kind: 'queue' | 'whatsapp') => {
    setDone(null);
    const outcome = await act.run(kind);
    // A refusal (a Result) is shown like a thrown error: a translation key.
    if (outcome.ok && !outcome.value.ok) act.fail(`outbox.errors.${outcome.value.error.slice('outbox.'.length)}`);
    else if (outcome.ok) setDone(kind === 'queue' ? 'outbox.panel.queued' : 'outbox.panel.whatsappLogged');
  };
  const pick = (next: string) => {
    const value = next as OutboxChannel;
    setChannel(value);
    setAddress(defaultAddress(value));
    setDone(null);
    act.reset();
  };

  return (
    <Card withBorder data-testid="outbox-panel">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('outbox.panel.title')}
        </Title>
        <SegmentedControl
          value={channel}
          onChange={pick}
          data={(['sms', 'email', 'whatsapp'] as const).map((value) => ({ value, label: t(`outbox.channels.${value}`) }))}
          aria-label={t('outbox.panel.channel')}
          data-testid="outbox-channel"
        />
        <TextInput
          label={t(channel === 'email' ? 'outbox.panel.email' : 'outbox.panel.mobile')}
          value={address}
          onChange={(e) => setAddress(e.currentTarget.value)}
          dir="ltr"
          autoComplete="off"
          data-testid="outbox-address"
        />
        <Textarea label={t('outbox.panel.message')} value={channel === 'email' ? `${message.subject}\n\n${message.body}` : message.body} readOnly autosize minRows={3} data-testid="outbox-message" />
        {segments && (
          <Text size="sm" c={segments.segments > MAX_SMS_SEGMENTS ? 'red.8' : undefined} data-testid="sms-segments">
            {t('outbox.panel.segments', { count: segments.segments, units: segments.units, per: segments.perSegment, max: MAX_SMS_SEGMENTS })}{' '}
            {t(`outbox.panel.encoding.${segments.encoding}`)}
          </Text>
        )}
        {channel === 'sms' && <Checkbox label={t('outbox.panel.urgent')} checked={urgent} onChange={(e) => setUrgent(e.currentTarget.checked)} />}
        <Group>
          {channel === 'whatsapp' ? (
            <>
              {link ? (
                <Anchor href={link} target="_blank" rel="noopener noreferrer" data-testid="whatsapp-link">
                  {t('outbox.panel.openWhatsapp')}
                </Anchor>
              ) : (
                <Text size="sm" c="red.8">{t('outbox.errors.mobile-invalid')}</Text>
              )}
              <Button variant="light" loading={act.busy} disabled={!link} onClick={() => void run('whatsapp')}>
                {t('outbox.panel.whatsappSent')}
              </Button>
            </>
          ) : (
            <Button loading={act.busy} onClick={() => void run('queue')} data-testid="outbox-queue">
              {t('outbox.panel.queue')}
            </Button>
          )}
        </Group>
        {act.error && (
          <Alert color="red" role="alert" data-testid="outbox-error">
            {t(act.error)}
          </Alert>
        )}
        {done && !act.error && <Alert color="teal">{t(done)}</Alert>}
        <NoticeList deps={deps} beneficiaryId={contact.beneficiaryId} recordId={record.id} />
      </Stack>
    </Card>
  );
}
