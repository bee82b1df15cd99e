import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REQUEST_LIMITS, type RequestDoc } from '@shared/db/schemas/request.schema';
import type { RequestActions } from '../data/request-actions';
import type { useDraftAutosave } from '../hooks/use-draft-autosave';
import { RefusalAlert } from './refusal-alert';
import { RequirementLine } from './requirement-line';

type Props = {
  request: RequestDoc;
  actions: RequestActions;
  draft: ReturnType<typeof useDraftAutosave>;
  onNext: () => void;
};

/** Step 2: every requirement of the type's version, provided or missing, with files and values. */
export function ChecklistStep({ request, actions, draft, onNext }: Props) {
  const { t } = useTranslation();
  return (
    <Card withBorder>
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('intake.checklist.title')}
          </Title>
          <Text size="sm" c={draft.state === 'failed' ? 'red' : 'dimmed'} role="status" data-testid="autosave-state">
            {draft.state === 'saving' ? t('intake.checklist.saving') : draft.state === 'saved' ? t('intake.checklist.saved') : ''}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          {t('intake.checklist.hint')}
        </Text>
        {request.requestType.requirements.map((requirement) => (
          <RequirementLine
            key={requirement.id}
            requirement={requirement}
            entry={request.checklist[requirement.id]}
            value={draft.values[requirement.id] ?? ''}
            onValue={(value) => draft.setValue(requirement.id, value)}
            onAttach={(file) => actions.attach(requirement.id, file)}
            onDetach={(sha256) => actions.detach(requirement.id, sha256)}
          />
        ))}
        <Textarea label={t('intake.checklist.notes')} autosize minRows={2} maxLength={REQUEST_LIMITS.notes} value={draft.notes} onChange={(e) => draft.setNotes(e.currentTarget.value)} />
        <RefusalAlert refusal={draft.refusal} />
        <Group>
          <Button
            onClick={() => {
              void draft.flush();
              onNext();
            }}
          >
            {t('intake.checklist.next')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
