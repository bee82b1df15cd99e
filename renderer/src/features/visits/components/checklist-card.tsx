import { useState } from 'react';
import { Alert, Button, Card, Group, Radio, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VisitCheckItem, VisitDoc } from '@shared/db/schemas/visit.schema';
import { recordItem, type VisitsDeps } from '../data';
import { useVisitAction } from '../hooks/use-visit-action';

const RESULTS = ['met', 'not-met', 'not-applicable'] as const;

function ItemRow({ deps, visit, item, editable }: { deps: VisitsDeps; visit: VisitDoc; item: VisitCheckItem; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const [result, setResult] = useState<string>(item.result ?? '');
  const [note, setNote] = useState(item.note);
  const save = useVisitAction();
  const label = i18n.language === 'ar' ? item.labelAr : item.labelEn;
  return (
    <Stack gap={4} data-testid="check-item" data-key={item.key} data-result={item.result ?? ''}>
      <Radio.Group label={label} value={result} onChange={setResult}>
        <Group mt={4}>{RESULTS.map((r) => <Radio key={r} value={r} label={t(`visits.result.${r}`)} disabled={!editable} />)}</Group>
      </Radio.Group>
      <Group align="end">
        <TextInput label={t('visits.checklist.note')} aria-label={t('visits.checklist.noteFor', { item: label })} value={note} disabled={!editable} onChange={(e) => setNote(e.currentTarget.value)} style={{ flex: 1 }} />
        {editable && <Button size="sm" loading={save.busy} onClick={() => void save.run(() => recordItem(deps, visit.id, item.key, result, note))}>{t('visits.checklist.save', { item: label })}</Button>}
      </Group>
      {save.problem && <Alert color="red" role="alert">{t(save.problem)}</Alert>}
    </Stack>
  );
}

/** The checklist in the field (policy 3.8c): met / not met / not applicable with a note; a failed item opens a corrective action. */
export function ChecklistCard({ deps, visit, editable }: { deps: VisitsDeps; visit: VisitDoc; editable: boolean }) {
  const { t } = useTranslation();
  return (
    <Card withBorder data-testid="visit-checklist">
      <Title order={2} size="h4" mb="sm">{t('visits.checklist.title')}</Title>
      <Stack gap="md">{visit.checklist.map((item) => <ItemRow key={item.key} deps={deps} visit={visit} item={item} editable={editable} />)}</Stack>
    </Card>
  );
}
