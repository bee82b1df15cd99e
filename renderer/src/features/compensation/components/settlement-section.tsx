import { useCallback, useRef, useState, type ComponentType } from 'react';
import { Button, Card, Group, NativeSelect, SegmentedControl, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SETTLEMENT_FORMS } from '@shared/db/schemas/compensation-properties';
import type { CaseDoc, CompensationPart } from '@shared/db/schemas/case.schema';
import { formatAmount, parseAmount, saveSettlement, type CompensationDeps } from '../data';
import { useCompensationAction } from '../hooks/use-compensation-action';
import { Problem } from './problem';

/** What the composed signing pad hands back (the declaration's pad, wired in by the app). */
export type Pad = { png(): string | null };
export type PadSlot = ComponentType<{ onReady: (pad: Pad) => void }>;

type Props = { deps: CompensationDeps; doc: CaseDoc; part: CompensationPart; status: CompensationPart['status']; padSlot: PadSlot };
type Row = { dueDate: string; amount: string };

const fail = (code: string) => ({ ok: false as const, error: { code } });

/**
 * Policy 3.4(c): the settlement (amount, form, terms, instalments that add up to it) and the harmed
 * beneficiary's acceptance, signed on the pad or on paper (a signed paper copy kept on file).
 */
export function SettlementSection({ deps, doc, part, status, padSlot: PadField }: Props) {
  const { t } = useTranslation();
  const [amount, setAmount] = useState('');
  const [form, setForm] = useState<(typeof SETTLEMENT_FORMS)[number]>('cash');
  const [terms, setTerms] = useState('');
  const [rows, setRows] = useState<Row[]>([{ dueDate: '', amount: '' }]);
  const [signer, setSigner] = useState('');
  const [mode, setMode] = useState<'pad' | 'paper'>('pad');
  const pad = useRef<Pad | null>(null);
  const onReady = useCallback((handle: Pad) => {
    pad.current = handle;
  }, []);
  const action = useCompensationAction();
  if (part.settlement) {
    const s = part.settlement;
    return (
      <Card withBorder data-testid="settlement">
        <Text>{t('compensation.settlement.title')}: <bdi>{formatAmount(s.amount)}</bdi> · {t(`compensation.settlement.form.${s.form}`)} · {t(`compensation.settlement.signed.${s.acceptance.mode}`)} ({s.acceptance.signerName})</Text>
        <Text size="sm">{s.instalments.map((i) => `${i.dueDate}: ${formatAmount(i.amount)}`).join(' · ')}</Text>
      </Card>
    );
  }
  if (status !== 'negotiating' && status !== 'ruled') return null;
  const setRow = (index: number, patch: Partial<Row>) => setRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const submit = () => void action.run(async () => {
    const total = parseAmount(amount);
    const instalments = rows.map((row) => ({ dueDate: row.dueDate.trim(), amount: parseAmount(row.amount) }));
    if (total === null || instalments.some((i) => i.amount === null)) return fail('compensation.amount-invalid');
    const data = mode === 'pad' ? (pad.current?.png() ?? '') : '';
    // On paper the beneficiary signs the printed settlement, kept on file; the desk records that it was signed.
    const acceptance = { mode, data, scan: null, signerName: signer, at: deps.now().toISOString() };
    return saveSettlement(deps, doc.id, { amount: total, form, terms, instalments: instalments as { dueDate: string; amount: number }[], acceptance });
  });
  return (
    <Card withBorder data-testid="settlement-form">
      <Stack gap="sm">
        <Title order={3} size="h5">{t('compensation.settlement.title')}</Title>
        <TextInput label={t('compensation.settlement.amount')} value={amount} onChange={(e) => setAmount(e.currentTarget.value)} inputMode="decimal" />
        <NativeSelect label={t('compensation.settlement.formLabel')} value={form} onChange={(e) => setForm(e.currentTarget.value as typeof form)}
          data={SETTLEMENT_FORMS.map((f) => ({ value: f, label: t(`compensation.settlement.form.${f}`) }))} />
        <Textarea label={t('compensation.settlement.terms')} value={terms} onChange={(e) => setTerms(e.currentTarget.value)} />
        {rows.map((row, i) => (
          <Group key={i} grow data-testid="instalment-row">
            <TextInput label={t('compensation.settlement.dueDate', { n: i + 1 })} value={row.dueDate} onChange={(e) => setRow(i, { dueDate: e.currentTarget.value })} dir="ltr" />
            <TextInput label={t('compensation.settlement.instalment', { n: i + 1 })} value={row.amount} onChange={(e) => setRow(i, { amount: e.currentTarget.value })} inputMode="decimal" />
          </Group>
        ))}
        <Button variant="subtle" onClick={() => setRows([...rows, { dueDate: '', amount: '' }])}>{t('compensation.settlement.addInstalment')}</Button>
        <TextInput label={t('compensation.settlement.signer')} value={signer} onChange={(e) => setSigner(e.currentTarget.value)} />
        <SegmentedControl value={mode} onChange={(v) => setMode(v as 'pad' | 'paper')}
          data={[{ value: 'pad', label: t('compensation.settlement.onPad') }, { value: 'paper', label: t('compensation.settlement.onPaper') }]} />
        {mode === 'pad' && <PadField onReady={onReady} />}
        <Problem problem={action.problem} />
        <Button onClick={submit} loading={action.busy}>{t('compensation.settlement.save')}</Button>
      </Stack>
    </Card>
  );
}
