import { useState } from 'react';
import { Anchor, Button, Card, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COMPENSATION_ROLES } from '@shared/compensation/compensation-status';
import { ORIGIN_KINDS } from '@shared/compensation/open-compensation';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import { openFromCase, parseAmount, type CompensationDeps } from '../data';
import { useCompensationAction } from '../hooks/use-compensation-action';
import { Problem } from './problem';

type Props = { deps: CompensationDeps; origin: CaseDoc; compensationHref: (id: string) => string; onOpened: (id: string) => void };

/**
 * On a complaint or dispute (composed into the case screen by the app): open the compensation case for
 * the harm the association caused (policy 3.4), or the link to the one already opened.
 */
export function OpenCompensationPanel({ deps, origin, compensationHref, onOpened }: Props) {
  const { t } = useTranslation();
  const [harm, setHarm] = useState('');
  const [amount, setAmount] = useState('');
  const [causes, setCauses] = useState('');
  const action = useCompensationAction();
  if (!ORIGIN_KINDS.includes(origin.kind) || !deps.actor.roles.some((role) => COMPENSATION_ROLES.includes(role))) return null;
  if (origin.compensationCaseId) {
    return (
      <Card withBorder>
        <Text>{t('compensation.openedFrom')} <Anchor href={`#${compensationHref(origin.compensationCaseId)}`} data-testid="compensation-link">{t('compensation.openCase')}</Anchor></Text>
      </Card>
    );
  }
  const submit = async () => {
    const claimed = amount.trim() === '' ? 0 : parseAmount(amount);
    if (claimed === null) return action.run(async () => ({ ok: false, error: { code: 'compensation.amount-invalid' } }));
    let openedId = '';
    const done = await action.run(async () => {
      const result = await openFromCase(deps, origin.id, { harm, claimedAmount: claimed, causes, evidence: [] });
      if (result.ok) openedId = result.value.id;
      return result;
    });
    if (done) onOpened(openedId);
    return done;
  };
  return (
    <Card withBorder data-testid="open-compensation">
      <Stack gap="sm">
        <Title order={2} size="h4">{t('compensation.openTitle')}</Title>
        <Text size="sm" c="dimmed">{t('compensation.openHint')}</Text>
        <Textarea label={t('compensation.harm')} value={harm} onChange={(e) => setHarm(e.currentTarget.value)} autosize minRows={2} />
        <TextInput label={t('compensation.claimedAmount')} value={amount} onChange={(e) => setAmount(e.currentTarget.value)} inputMode="decimal" />
        <Textarea label={t('compensation.causes')} value={causes} onChange={(e) => setCauses(e.currentTarget.value)} autosize minRows={2} />
        <Problem problem={action.problem} />
        <Button onClick={() => void submit()} loading={action.busy}>{t('compensation.open')}</Button>
      </Stack>
    </Card>
  );
}
