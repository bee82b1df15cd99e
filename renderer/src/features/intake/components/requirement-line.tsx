import { Badge, CloseButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REQUEST_LIMITS, type ChecklistEntry } from '@shared/db/schemas/request.schema';
import { ALLOWED_FILE_TYPES } from '@shared/files/file-ref';
import type { Requirement } from '@shared/intake/request-type';
import { useBilingual } from '../hooks/use-intake-catalog';
import { useRefusable } from '../hooks/use-refusable';
import { RefusalAlert, type Refusal } from './refusal-alert';

type Props = {
  requirement: Requirement;
  entry: ChecklistEntry | undefined;
  value: string;
  onValue: (value: string) => void;
  onAttach: (file: File) => Promise<Refusal | null>;
  /** Removes an attached file (the line is shown only on a draft). */
  onDetach: (sha256: string) => Promise<Refusal | null>;
};

const sizeText = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en')} KB`;

/** One checklist line: its state, and a file input (documents) or a value (fields). */
export function RequirementLine({ requirement, entry, value, onValue, onAttach, onDetach }: Props) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const { busy, refusal, run } = useRefusable();
  const label = pick(requirement.labelAr, requirement.labelEn);
  const provided = requirement.kind === 'field' ? value.trim() !== '' : entry?.provided === true;

  const attach = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    await run(() => onAttach(file));
    input.value = '';
  };

  const detach = (sha256: string) => run(() => onDetach(sha256));

  return (
    <Stack gap={6} className="wasl-requirement" data-testid={`requirement-${requirement.id}`} data-provided={provided}>
      <Group justify="space-between" wrap="nowrap">
        <Group gap={6}>
          <Text fw={600}>{label}</Text>
          {!requirement.required && <Badge size="xs" variant="light" color="gray">{t('intake.optional')}</Badge>}
        </Group>
        <Badge color={provided ? 'teal' : 'red'} variant="light">
          {provided ? t('intake.checklist.provided') : t('intake.checklist.missing')}
        </Badge>
      </Group>
      {requirement.kind === 'field' ? (
        <TextInput aria-label={t('intake.checklist.value', { label })} value={value} onChange={(e) => onValue(e.currentTarget.value)} maxLength={REQUEST_LIMITS.value} />
      ) : (
        <Group gap="sm" wrap="wrap">
          {/* The browser's own file input speaks the system language ("Choose File"): it stays focusable
              but is drawn as our button, labelled in the UI language. */}
          <label className="wasl-file-picker" data-disabled={busy || undefined}>
            <input
              type="file"
              className="wasl-visually-hidden"
              aria-label={t('intake.checklist.attach', { label })}
              accept={ALLOWED_FILE_TYPES.join(',')}
              disabled={busy}
              onChange={(e) => void attach(e.currentTarget)}
            />
            {t('intake.checklist.attachButton')}
          </label>
          {busy && <Text size="sm">{t('intake.checklist.attaching')}</Text>}
        </Group>
      )}
      {(entry?.files.length ?? 0) > 0 && (
        <Group gap={6} aria-label={t('intake.checklist.attached')}>
          {entry?.files.map((file) => (
            <Badge
              key={file.sha256}
              variant="outline"
              className="wasl-file-chip"
              rightSection={
                <CloseButton size="xs" disabled={busy} aria-label={t('intake.checklist.detach', { name: file.name })} onClick={() => void detach(file.sha256)} />
              }
            >
              <bdi>{file.name}</bdi> · <bdi dir="ltr">{sizeText(file.size)}</bdi>
            </Badge>
          ))}
        </Group>
      )}
      <RefusalAlert refusal={refusal} />
    </Stack>
  );
}
