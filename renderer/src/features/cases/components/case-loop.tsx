import { Alert, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import { informComplainant, moveCase, openAppeal, openDisputeAndClose, recordComplainantResponse, whyNotClosable, type CasesDeps } from '../data';
import { caseErrorKey } from '../hooks/case-error-key';
import { useChannelOptions } from '../hooks/use-catalog-kind';
import { useCaseAction } from '../hooks/use-case-action';
import { InformForm } from './inform-form';
import { ReasonForm } from './reason-form';

type Props = { deps: CasesDeps; doc: CaseDoc; canAct: boolean; onOpenCase: (id: string) => void };

/**
 * Closing the loop (policy 3.7, 3.5c): the outcome told on the agreed channel, the complainant's answer,
 * and what follows a refusal (management, or a dispute); close only once the loop is closed, and why not
 * otherwise. A closed case is appealed as a new linked case.
 */
export function CaseLoop({ deps, doc, canAct, onOpenCase }: Props) {
  const { t } = useTranslation();
  const { busy, problem, run } = useCaseAction();
  const channels = useChannelOptions(deps.db);
  const resolution = doc.resolution;
  if (!resolution) return null;
  const response = resolution.response;
  const blocked = doc.status === 'informed' ? whyNotClosable(doc) : null;
  const label = (channel: string, sub: string) => channels.find((c) => c.value === `${channel}/${sub}`)?.label ?? `${channel}/${sub}`;
  return (
    <Card withBorder data-testid="case-loop">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('cases.loop.title')}
        </Title>
        <Text data-testid="case-resolution">
          {resolution.mode === 'amicable' ? t('cases.loop.amicable', { agreement: resolution.agreement }) : t('cases.loop.decided', { decision: t(`cases.decision.${resolution.decision ?? 'upheld'}`), summary: resolution.summary })}
        </Text>
        {resolution.contacts.length > 0 && (
          <List size="sm" data-testid="case-contacts">
            {resolution.contacts.map((c, i) => (
              <List.Item key={`${c.at}-${i}`}>{t(c.reached ? 'cases.loop.contactReached' : 'cases.loop.contactMissed', { channel: label(c.channel, c.subChannel) })}</List.Item>
            ))}
          </List>
        )}
        {response && <Text data-testid="case-response">{t(`cases.response.${response}`)}</Text>}
        {canAct && (doc.status === 'resolved' || (doc.status === 'informed' && !response)) && (
          <InformForm doc={doc} channels={channels} busy={busy} onSubmit={(v) => run(() => informComplainant(deps, doc.id, { channel: v.channel.split('/')[0] ?? '', subChannel: v.channel.split('/')[1] ?? '', reached: v.reached, summary: v.summary }))} />
        )}
        {canAct && doc.status === 'informed' && !response && (
          <Group>
            <Button color="teal" loading={busy} onClick={() => void run(() => recordComplainantResponse(deps, doc.id, 'accepts'))}>
              {t('cases.response.accepts')}
            </Button>
            <Button color="orange" variant="light" loading={busy} onClick={() => void run(() => recordComplainantResponse(deps, doc.id, 'does-not-accept'))}>
              {t('cases.response.does-not-accept')}
            </Button>
          </Group>
        )}
        {canAct && doc.status === 'informed' && response === 'does-not-accept' && (
          <>
            <ReasonForm testId="dispute-form" label={t('cases.loop.disputeReason')} submit={t('cases.loop.openDispute')} busy={busy} onSubmit={(text) => run(() => openDisputeAndClose(deps, doc.id, text))} />
            <ReasonForm testId="loop-escalate-form" label={t('cases.moves.escalateReason')} submit={t('cases.moves.escalate')} color="red" busy={busy} onSubmit={(reason) => run(() => moveCase(deps, doc.id, { to: 'escalated', reason }))} />
          </>
        )}
        {canAct && doc.status === 'informed' && (
          <Stack gap="xs">
            {blocked && (
              <Alert color="yellow" data-testid="close-blocked">
                {t(caseErrorKey(blocked.code))}
              </Alert>
            )}
            <Group>
              <Button disabled={blocked !== null} loading={busy} onClick={() => void run(() => moveCase(deps, doc.id, { to: 'closed' }))}>
                {t('cases.loop.close')}
              </Button>
            </Group>
          </Stack>
        )}
        {doc.status === 'closed' && (
          <ReasonForm
            testId="appeal-form"
            label={t('cases.loop.appealReason')}
            submit={t('cases.loop.appeal')}
            busy={busy}
            onSubmit={async (text) => {
              let id = '';
              const done = await run(async () => {
                const opened = await openAppeal(deps, doc.id, text);
                if (opened.ok) id = opened.value.id;
                return opened;
              });
              if (done) onOpenCase(id);
              return done;
            }}
          />
        )}
        {problem && (
          <Alert color="red" role="alert">
            {t(problem)}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
