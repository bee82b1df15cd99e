import { useMemo, useState } from 'react';
import { Alert, Button, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { mayAssignCase } from '@shared/cases/case-visibility';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import { useObservable } from '@renderer/components/use-observable';
import { moveCase, offeredMoves, type CasesDeps } from '../data';
import { useCaseAction } from '../hooks/use-case-action';
import { ReasonForm } from './reason-form';
import { ResolveForm } from './resolve-form';

const START_LABEL = { assigned: 'cases.moves.start', 'waiting-for-complainant': 'cases.moves.answered', escalated: 'cases.moves.backToWork' } as const;

/** The moves the machine allows this user from here, and only those (offered-moves.ts). */
export function CaseMoves({ deps, doc }: { deps: CasesDeps; doc: CaseDoc }) {
  const { t } = useTranslation();
  const { busy, problem, run } = useCaseAction();
  const offered = offeredMoves(doc, deps.actor, deps.now());
  const staff = useObservable(() => deps.db.staff.find().$, [deps.db], null);
  // Never offered: someone the case concerns (conflict of interest), or a disabled account.
  const officers = useMemo(() => (staff ?? []).filter((s) => s.active && mayAssignCase(doc, s.id)).map((s) => ({ value: s.id, label: s.displayName })), [staff, doc]);
  const [officer, setOfficer] = useState('');
  const go = (move: Parameters<typeof moveCase>[2]) => run(() => moveCase(deps, doc.id, move));
  const startFrom = doc.status in START_LABEL ? START_LABEL[doc.status as keyof typeof START_LABEL] : null;
  const shown = offered.filter((to) => to !== 'informed' && to !== 'closed');
  if (shown.length === 0) return null;
  return (
    <Card withBorder data-testid="case-moves">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('cases.moves.title')}
        </Title>
        {shown.includes('in-progress') && startFrom && (
          <Group>
            <Button loading={busy} onClick={() => void go({ to: 'in-progress' })}>
              {t(startFrom)}
            </Button>
          </Group>
        )}
        {shown.includes('assigned') && (
          <Group align="flex-end">
            <NativeSelect label={t('cases.moves.officer')} value={officer} onChange={(e) => setOfficer(e.currentTarget.value)} data={[{ value: '', label: t('cases.form.choose') }, ...officers]} />
            <Button loading={busy} disabled={officer === ''} onClick={() => void go({ to: 'assigned', officerId: officer })}>
              {t('cases.moves.assign')}
            </Button>
          </Group>
        )}
        {shown.includes('waiting-for-complainant') && <ReasonForm testId="wait-form" label={t('cases.moves.waitReason')} submit={t('cases.moves.wait')} busy={busy} onSubmit={(reason) => go({ to: 'waiting-for-complainant', reason })} />}
        {shown.includes('resolved') && (
          <ResolveForm
            busy={busy}
            onSubmit={(v) => go({ to: 'resolved', resolution: { mode: v.mode, agreement: v.agreement, decision: v.decision === '' ? null : v.decision, summary: v.summary } })}
          />
        )}
        {shown.includes('escalated') && <ReasonForm testId="escalate-form" label={t('cases.moves.escalateReason')} submit={t('cases.moves.escalate')} color="red" busy={busy} onSubmit={(reason) => go({ to: 'escalated', reason })} />}
        {doc.status === 'waiting-for-complainant' && <Text size="sm" c="dimmed">{t('cases.clock.pausedHint')}</Text>}
        {problem && (
          <Alert color="red" role="alert">
            {t(problem)}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
