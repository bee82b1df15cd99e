import { useState } from 'react';
import { Button, Card, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { amountDue, paidTotal } from '@shared/compensation/compensation-status';
import type { CaseDoc, CompensationPart } from '@shared/db/schemas/case.schema';
import { closeInformed, formatAmount, parseAmount, savePayment, type CompensationDeps } from '../data';
import { useCompensationAction } from '../hooks/use-compensation-action';
import { Problem } from './problem';

type Props = { deps: CompensationDeps; doc: CaseDoc; part: CompensationPart; status: CompensationPart['status'] };

/** Payments until paid in full (then 'paid' by itself), then informing the complaint's complainant and closing. */
export function PaymentsSection({ deps, doc, part, status }: Props) {
  const { t } = useTranslation();
  const [amount, setAmount] = useState('');
  const [date, setDate] = useState('');
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const action = useCompensationAction();
  if (!['settled', 'ruled', 'paid', 'closed'].includes(status)) return null;
  const pay = async () => {
    const submitted = amount;
    const halalas = parseAmount(submitted);
    const done = await action.run(async () => (halalas === null ? { ok: false, error: { code: 'compensation.amount-invalid' } } : savePayment(deps, doc.id, { amount: halalas, date: date.trim(), reference })));
    // The payment shows in the list (a live read) before the save resolves: an amount typed since for
    // the next instalment is the clerk's, not this one's, and stays.
    if (done) setAmount((current) => (current === submitted ? '' : current));
  };
  return (
    <Card withBorder data-testid="payments">
      <Stack gap="sm">
        <Title order={3} size="h5">{t('compensation.payments.title')}</Title>
        <Text data-testid="paid-total">{t('compensation.payments.paidOf', { paid: formatAmount(paidTotal(part)), due: formatAmount(amountDue(part)) })}</Text>
        <List size="sm">
          {part.payments.map((p) => <List.Item key={`${p.at}-${p.amount}`}>{p.date} · {formatAmount(p.amount)} · <bdi dir="ltr">{p.reference}</bdi></List.Item>)}
        </List>
        {(status === 'settled' || status === 'ruled') && (
          <Group align="flex-end" grow>
            <TextInput label={t('compensation.payments.amount')} value={amount} onChange={(e) => setAmount(e.currentTarget.value)} inputMode="decimal" />
            <TextInput label={t('compensation.payments.date')} value={date} onChange={(e) => setDate(e.currentTarget.value)} dir="ltr" />
            <TextInput label={t('compensation.payments.reference')} value={reference} onChange={(e) => setReference(e.currentTarget.value)} />
            <Button onClick={() => void pay()} loading={action.busy}>{t('compensation.payments.record')}</Button>
          </Group>
        )}
        {status === 'paid' && (
          <Group align="flex-end" grow>
            <TextInput label={t('compensation.close.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
            <Button onClick={() => void action.run(() => closeInformed(deps, doc.id, note))} loading={action.busy}>{t('compensation.close.submit')}</Button>
          </Group>
        )}
        <Problem problem={action.problem} />
      </Stack>
    </Card>
  );
}
