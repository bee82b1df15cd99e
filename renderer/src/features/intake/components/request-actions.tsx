import { useState } from 'react';
import { Button, Card, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DECISIONS, type Decision, type RequestStatus } from '@shared/intake/request-status';
import type { RequestActions, TransitionRequest } from '../data/request-actions';
import { useRefusable } from '../hooks/use-refusable';
import { RefusalAlert } from './refusal-alert';

type Props = { offered: readonly RequestStatus[]; actions: RequestActions };

/**
 * The moves of the study and closing stages the machine offers this user: open for study, a decision
 * with its reason, close, back to draft, withdraw with a reason. Anything refused is shown translated.
 */
export function RequestActionsPanel({ offered, actions }: Props) {
  const { t } = useTranslation();
  const { busy, refusal, run: act } = useRefusable();
  const [decision, setDecision] = useState<Decision | ''>('');
  const [reason, setReason] = useState('');
  const [withdrawing, setWithdrawing] = useState(false);
  const [withdrawReason, setWithdrawReason] = useState('');
  const decisions = DECISIONS.filter((d) => offered.includes(d));
  const simple = (['under-study', 'closed', 'draft'] as const).filter((to) => offered.includes(to));
  const LABEL = { 'under-study': 'intake.view.openStudy', closed: 'intake.view.close', draft: 'intake.view.backToDraft' } as const;

  const run = async (input: TransitionRequest) => {
    const problem = await act(() => actions.transition(input));
    if (!problem) {
      setReason('');
      setDecision('');
      setWithdrawing(false);
    }
  };

  if (decisions.length === 0 && simple.length === 0 && !offered.includes('withdrawn')) return <Text c="dimmed">{t('intake.view.noActions')}</Text>;
  return (
    <Card withBorder>
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('intake.view.actions')}
        </Title>
        {simple.length > 0 && (
          <Group>
            {simple.map((to) => (
              <Button key={to} loading={busy} onClick={() => void run({ to })}>
                {t(LABEL[to])}
              </Button>
            ))}
          </Group>
        )}
        {decisions.length > 0 && (
          <Stack gap="xs">
            <Radio.Group label={t('intake.view.decisionLabel')} value={decision} onChange={(v) => setDecision(decisions.find((d) => d === v) ?? '')}>
              <Group mt="xs">
                {decisions.map((d) => (
                  <Radio key={d} value={d} label={t(`intake.decision.${d}`)} />
                ))}
              </Group>
            </Radio.Group>
            <Textarea label={t('intake.view.reason')} autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
            <Group>
              <Button loading={busy} disabled={decision === ''} onClick={() => decision && void run({ to: decision, reason })}>
                {t('intake.view.submitDecision')}
              </Button>
            </Group>
          </Stack>
        )}
        {offered.includes('withdrawn') &&
          (withdrawing ? (
            <Stack gap="xs">
              <Textarea label={t('intake.view.withdrawReason')} autosize minRows={2} value={withdrawReason} onChange={(e) => setWithdrawReason(e.currentTarget.value)} />
              <Group>
                <Button color="red" loading={busy} onClick={() => void run({ to: 'withdrawn', reason: withdrawReason })}>
                  {t('intake.view.confirmWithdraw')}
                </Button>
              </Group>
            </Stack>
          ) : (
            <Group>
              <Button variant="subtle" color="red" onClick={() => setWithdrawing(true)}>
                {t('intake.view.withdraw')}
              </Button>
            </Group>
          ))}
        <RefusalAlert refusal={refusal} />
      </Stack>
    </Card>
  );
}
