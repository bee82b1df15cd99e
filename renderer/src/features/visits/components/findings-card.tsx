import { useState } from 'react';
import { Alert, Button, Card, Group, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VisitDoc } from '@shared/db/schemas/visit.schema';
import { saveFindings, type VisitsDeps } from '../data';
import { useVisitAction } from '../hooks/use-visit-action';

/** What the field worker saw (policy 3.8c), and the earlier visit's findings taken along. */
export function FindingsCard({ deps, visit, editable, previous }: { deps: VisitsDeps; visit: VisitDoc; editable: boolean; previous: string | null }) {
  const { t } = useTranslation();
  const [text, setText] = useState(visit.findings);
  const save = useVisitAction();
  return (
    <Card withBorder data-testid="visit-findings">
      <Title order={2} size="h4" mb="sm">{t('visits.findings.title')}</Title>
      {previous !== null && <Text size="sm" c="dimmed" mb="xs">{t('visits.findings.previous')}: {previous || '—'}</Text>}
      <Textarea label={t('visits.findings.label')} value={text} disabled={!editable} autosize minRows={3} onChange={(e) => setText(e.currentTarget.value)} />
      {save.problem && <Alert color="red" role="alert" mt="xs">{t(save.problem)}</Alert>}
      {editable && <Group mt="xs"><Button loading={save.busy} onClick={() => void save.run(() => saveFindings(deps, visit.id, text))}>{t('visits.findings.save')}</Button></Group>}
    </Card>
  );
}
