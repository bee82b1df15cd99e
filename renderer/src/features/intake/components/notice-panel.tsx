import { useState } from 'react';
import { Alert, Anchor, Button, Card, Group, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import { buildNotice, noticeTemplateFor } from '@shared/intake/notice-message';
import { whatsappLink } from '@shared/outbox/notice-rules';
import { formatMobileForDisplay } from '@shared/registry/mobile';
import type { IntakeDeps } from '../data';
import type { RequestActions } from '../data/request-actions';
import { optionKey, useChannelOptions } from '../hooks/use-channels';
import { useRefusable } from '../hooks/use-refusable';
import { RefusalAlert } from './refusal-alert';

type Props = { deps: IntakeDeps; request: RequestDoc; beneficiary: BeneficiaryDoc; associationName: string; actions: RequestActions };

/**
 * Informing the beneficiary of the decision (policy 3.3e): the message prepared for the agreed
 * sub-channel (another may be chosen), a copy button, and "I sent it", which logs the notice and moves
 * the request to 'informed'. No gateway sends anything: staff confirm what they did.
 */
export function NoticePanel({ deps, request, beneficiary, associationName, actions }: Props) {
  const { t } = useTranslation();
  const options = useChannelOptions(deps.db);
  const agreed = beneficiary.preferredChannel;
  const [chosen, setChosen] = useState(optionKey(agreed));
  const [copied, setCopied] = useState(false);
  const { busy, refusal, run } = useRefusable();
  const option = options.find((o) => optionKey(o) === chosen);
  const decisionEntry = [...request.history].reverse().find((entry) => entry.decision);
  const message = buildNotice({
    template: noticeTemplateFor(option?.subChannel ?? agreed.subChannel),
    locale: 'ar',
    kind: request.decision ?? 'received',
    beneficiaryName: beneficiary.fullName,
    requestNumber: request.requestNumber,
    requestTypeName: request.requestType.nameAr,
    associationName,
    reason: decisionEntry?.reason,
  });
  const address = optionKey(agreed) === chosen && agreed.address ? (option?.addressKind === 'mobile' ? formatMobileForDisplay(agreed.address) : agreed.address) : '';

  // WhatsApp: the message pre-filled for the staff member's phone or WhatsApp desktop (no automation).
  const whatsapp = option?.subChannel === 'whatsapp' ? whatsappLink(optionKey(agreed) === chosen && agreed.address ? agreed.address : (beneficiary.mobiles[0] ?? ''), message.body) : null;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(`${message.subject}\n\n${message.body}`);
      setCopied(true);
    } catch {
      // No clipboard permission (a locked-down desk): the text stays selectable in the box.
      setCopied(false);
    }
  };
  const sent = async () => {
    if (!option) return;
    await run(() => actions.transition({ to: 'informed', notice: { channel: option.channel, subChannel: option.subChannel, subject: message.subject, summary: message.body } }));
  };

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('intake.notice.title')}
        </Title>
        <NativeSelect label={t('intake.notice.subChannel')} value={chosen} data={options.map((o) => ({ value: optionKey(o), label: o.label }))} onChange={(e) => setChosen(e.currentTarget.value)} />
        {address && (
          <Text size="sm">
            {t('intake.notice.address', { address: '' })}
            <bdi dir="ltr">{address}</bdi>
          </Text>
        )}
        <Textarea label={t('intake.notice.message')} value={`${message.subject}\n\n${message.body}`} readOnly autosize minRows={4} data-testid="notice-message" />
        <Group>
          <Button variant="light" onClick={() => void copy()}>
            {copied ? t('intake.notice.copied') : t('intake.notice.copy')}
          </Button>
          {whatsapp && (
            <Anchor href={whatsapp} target="_blank" rel="noopener noreferrer" data-testid="notice-whatsapp">
              {t('intake.notice.openWhatsapp')}
            </Anchor>
          )}
          <Button loading={busy} onClick={() => void sent()}>
            {t('intake.notice.sent')}
          </Button>
        </Group>
        <RefusalAlert refusal={refusal} />
        {refusal === null && request.status === 'informed' && <Alert color="teal">{t('intake.notice.sentDone')}</Alert>}
      </Stack>
    </Card>
  );
}
