import { useState } from 'react';
import { Badge, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { approvalOf } from '@shared/compensation/minute-approval';
import { minuteCode } from '@shared/compensation/minute-document';
import type { CaseDoc, CompensationPart } from '@shared/db/schemas/case.schema';
import { decideOnMinute, formatAmount, minuteDocumentInput, outputMinute, type CompensationDeps } from '../data';
import { useCompensationAction } from '../hooks/use-compensation-action';
import { Problem } from './problem';

type Props = { deps: CompensationDeps; doc: CaseDoc; part: CompensationPart; nameOf: (id: string) => string; associationName: string };
const STATE_COLOR = { approved: 'teal', rejected: 'red', pending: 'yellow' } as const;

/**
 * The minute before the committee: its content, hash and code, every required member's decision with
 * its date, and, for a required member who has not decided on this version, approve or object with a
 * reason, from their own account. The hash they read travels with the decision (a stale one is refused).
 */
export function MinuteView({ deps, doc, part, nameOf, associationName }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const action = useCompensationAction();
  const minute = part.minute;
  if (!minute) return null;
  const approval = approvalOf(minute, part.decisions);
  const mine = part.decisions[deps.actor.id];
  const mayDecide = part.status === 'minute-drafted' && minute.requiredIds.includes(deps.actor.id) && !(mine && mine.hash === minute.hash);
  const decide = (decision: 'approve' | 'object') => void action.run(() => decideOnMinute(deps, doc.id, { decision, hash: minute.hash, reason }));
  const print = (output: 'print' | 'save') => {
    const input = minuteDocumentInput(doc, nameOf, associationName);
    if (input) void action.run(async () => {
      await outputMinute(deps, doc, input, output);
      return { ok: true, value: null };
    });
  };
  return (
    <Card withBorder data-testid="minute-view">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5">{t('compensation.minute.title')} <bdi dir="ltr" data-testid="minute-number">{part.minuteNumber}</bdi> · {t('compensation.minute.version', { version: minute.version })}</Title>
          <Badge color={STATE_COLOR[approval.state]} data-testid="minute-state" data-state={approval.state}>{t(`compensation.minute.state.${approval.state}`)}</Badge>
        </Group>
        <Text size="sm">{minute.date} · {minute.harm} · {minute.size} · {minute.causes}</Text>
        <Text size="sm">{minute.decision} · <bdi>{formatAmount(minute.amount)}</bdi></Text>
        <Text size="xs" c="dimmed">{t('compensation.minute.hash')}: <bdi dir="ltr" data-testid="minute-hash">{minute.hash}</bdi></Text>
        <Text size="xs" c="dimmed">{t('compensation.minute.code')}: <bdi dir="ltr" data-testid="minute-code">{minuteCode(part.minuteNumber, minute.hash)}</bdi></Text>
        <Table data-testid="minute-decisions">
          <Table.Tbody>
            {minute.requiredIds.map((id) => {
              const decision = part.decisions[id];
              const counts = decision && decision.hash === minute.hash;
              return (
                <Table.Tr key={id} data-member={id}>
                  <Table.Td>{nameOf(id)}</Table.Td>
                  <Table.Td>{counts ? t(`compensation.minute.decided.${decision.decision}`) : t('compensation.minute.waiting')}</Table.Td>
                  <Table.Td dir="ltr">{counts ? decision.at.slice(0, 16).replace('T', ' ') : ''}</Table.Td>
                  <Table.Td>{counts ? decision.reason : ''}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {mayDecide && (
          <Group align="flex-end">
            <TextInput label={t('compensation.minute.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} style={{ flexGrow: 1 }} />
            <Button color="teal" onClick={() => decide('approve')} loading={action.busy}>{t('compensation.minute.approve')}</Button>
            <Button color="red" variant="light" onClick={() => decide('object')} loading={action.busy}>{t('compensation.minute.object')}</Button>
          </Group>
        )}
        <Group>
          <Button variant="default" onClick={() => print('save')}>{t('compensation.minute.save')}</Button>
          <Button variant="default" onClick={() => print('print')}>{t('compensation.minute.print')}</Button>
        </Group>
        <Problem problem={action.problem} />
      </Stack>
    </Card>
  );
}
