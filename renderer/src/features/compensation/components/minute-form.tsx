import { useState } from 'react';
import { Button, Checkbox, Group, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Minute } from '@shared/compensation/minute-approval';
import { formatAmount, parseAmount, saveMinute, type CommitteeMember, type CompensationDeps } from '../data';
import { useCompensationAction } from '../hooks/use-compensation-action';
import { Problem } from './problem';

type Props = { deps: CompensationDeps; caseId: string; committee: CommitteeMember[]; current: Minute | null; today: string };

/**
 * Drafting the minute (policy 3.4a: dated, members present, the harm, its size and causes, the decision
 * and amount) and putting it to the committee; saving it again after anyone decided makes a new version.
 */
export function MinuteForm({ deps, caseId, committee, current, today }: Props) {
  const { t } = useTranslation();
  const [date, setDate] = useState(current?.date ?? today);
  const [present, setPresent] = useState<string[]>(current?.presentIds ?? committee.map((m) => m.id));
  const [harm, setHarm] = useState(current?.harm ?? '');
  const [size, setSize] = useState(current?.size ?? '');
  const [causes, setCauses] = useState(current?.causes ?? '');
  const [decision, setDecision] = useState(current?.decision ?? '');
  const [amount, setAmount] = useState(current ? formatAmount(current.amount).replace(/[^\d.]/g, '') : '');
  const action = useCompensationAction();
  const submit = () => {
    const halalas = parseAmount(amount);
    void action.run(async () => (halalas === null
      ? { ok: false, error: { code: 'compensation.amount-invalid' } }
      : saveMinute(deps, caseId, { date, presentIds: present, harm, size, causes, decision, amount: halalas })));
  };
  return (
    <Stack gap="sm" data-testid="minute-form">
      <TextInput label={t('compensation.minute.date')} value={date} onChange={(e) => setDate(e.currentTarget.value)} dir="ltr" />
      <Checkbox.Group label={t('compensation.minute.present')} value={present} onChange={setPresent}>
        <Group gap="md" mt="xs">
          {committee.map((member) => <Checkbox key={member.id} value={member.id} label={member.name} />)}
        </Group>
      </Checkbox.Group>
      <Textarea label={t('compensation.minute.harm')} value={harm} onChange={(e) => setHarm(e.currentTarget.value)} autosize minRows={2} />
      <TextInput label={t('compensation.minute.size')} value={size} onChange={(e) => setSize(e.currentTarget.value)} />
      <Textarea label={t('compensation.minute.causes')} value={causes} onChange={(e) => setCauses(e.currentTarget.value)} autosize minRows={2} />
      <Textarea label={t('compensation.minute.decision')} value={decision} onChange={(e) => setDecision(e.currentTarget.value)} autosize minRows={2} />
      <TextInput label={t('compensation.minute.amount')} value={amount} onChange={(e) => setAmount(e.currentTarget.value)} inputMode="decimal" />
      <Problem problem={action.problem} />
      <Button onClick={submit} loading={action.busy}>{t(current ? 'compensation.minute.revise' : 'compensation.minute.put')}</Button>
    </Stack>
  );
}
