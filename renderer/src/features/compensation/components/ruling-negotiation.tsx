import { useState } from 'react';
import { Button, Card, List, NativeSelect, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NEGOTIATION_KINDS } from '@shared/db/schemas/compensation-properties';
import type { CaseDoc, CompensationPart } from '@shared/db/schemas/case.schema';
import { formatAmount, logContact, parseAmount, saveRuling, type CompensationDeps } from '../data';
import { useCompensationAction } from '../hooks/use-compensation-action';
import { Problem } from './problem';

type Props = { deps: CompensationDeps; doc: CaseDoc; part: CompensationPart; status: CompensationPart['status'] };

/** Policy 3.4(b): the ruling or the dispute authority's final decision; its amount overrides the minute's. */
export function RulingSection({ deps, doc, part, status }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ authority: '', date: '', reference: '', outcome: '', amount: '' });
  const action = useCompensationAction();
  const set = (key: keyof typeof form) => (e: { currentTarget: { value: string } }) => setForm({ ...form, [key]: e.currentTarget.value });
  if (part.ruling) {
    const r = part.ruling;
    return <Card withBorder data-testid="ruling"><Text>{t('compensation.ruling.title')}: {r.authority} · {r.date} · <bdi dir="ltr">{r.reference}</bdi> · {r.outcome} · <bdi>{formatAmount(r.amount)}</bdi></Text></Card>;
  }
  if (status !== 'referred-to-ruling') return null;
  const submit = () => {
    const amount = parseAmount(form.amount);
    void action.run(async () => (amount === null ? { ok: false, error: { code: 'compensation.amount-invalid' } } : saveRuling(deps, doc.id, { ...form, amount, attachments: [] })));
  };
  return (
    <Card withBorder data-testid="ruling-form">
      <Stack gap="sm">
        <Title order={3} size="h5">{t('compensation.ruling.title')}</Title>
        <TextInput label={t('compensation.ruling.authority')} value={form.authority} onChange={set('authority')} />
        <TextInput label={t('compensation.ruling.date')} value={form.date} onChange={set('date')} dir="ltr" />
        <TextInput label={t('compensation.ruling.reference')} value={form.reference} onChange={set('reference')} />
        <Textarea label={t('compensation.ruling.outcome')} value={form.outcome} onChange={set('outcome')} />
        <TextInput label={t('compensation.ruling.amount')} value={form.amount} onChange={set('amount')} inputMode="decimal" />
        <Problem problem={action.problem} />
        <Button onClick={submit} loading={action.busy}>{t('compensation.ruling.save')}</Button>
      </Stack>
    </Card>
  );
}

/** Policy 3.4(c): every contact, offer and answer with the harmed beneficiary, while negotiating. */
export function NegotiationSection({ deps, doc, part, status }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<(typeof NEGOTIATION_KINDS)[number]>('contact');
  const [text, setText] = useState('');
  const [amount, setAmount] = useState('');
  const action = useCompensationAction();
  if (part.negotiation.length === 0 && status !== 'negotiating') return null;
  const submit = async () => {
    const halalas = amount.trim() === '' ? 0 : parseAmount(amount);
    const done = await action.run(async () => (halalas === null ? { ok: false, error: { code: 'compensation.amount-invalid' } } : logContact(deps, doc.id, { kind, text, amount: halalas })));
    if (done) setText('');
  };
  return (
    <Card withBorder data-testid="negotiation">
      <Stack gap="sm">
        <Title order={3} size="h5">{t('compensation.negotiation.title')}</Title>
        <List size="sm">
          {part.negotiation.map((entry) => (
            <List.Item key={`${entry.at}-${entry.by}`}>{t(`compensation.negotiation.kind.${entry.kind}`)} · {entry.text}{entry.amount > 0 ? ` · ${formatAmount(entry.amount)}` : ''}</List.Item>
          ))}
        </List>
        {status === 'negotiating' && (
          <>
            <NativeSelect label={t('compensation.negotiation.kindLabel')} value={kind} onChange={(e) => setKind(e.currentTarget.value as typeof kind)}
              data={NEGOTIATION_KINDS.map((k) => ({ value: k, label: t(`compensation.negotiation.kind.${k}`) }))} />
            <Textarea label={t('compensation.negotiation.text')} value={text} onChange={(e) => setText(e.currentTarget.value)} />
            <TextInput label={t('compensation.negotiation.amount')} value={amount} onChange={(e) => setAmount(e.currentTarget.value)} inputMode="decimal" />
            <Problem problem={action.problem} />
            <Button variant="light" onClick={() => void submit()} loading={action.busy}>{t('compensation.negotiation.log')}</Button>
          </>
        )}
      </Stack>
    </Card>
  );
}
