import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Group, Kbd, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import { useObservable } from '@renderer/components/use-observable';
import { currentNotice } from '@shared/consent/privacy-notice';
import { watchNotices } from '../data/consent-records';
import type { SaveDeps } from '../data/save-beneficiary';
import { sectionFields } from '../form-fields';
import type { FormState } from '../form-state';
import { useBeneficiaryForm, type SavedCheck } from '../hooks/use-beneficiary-form';
import { ConsentSection } from './consent-section';
import { ContactSection } from './contact-section';
import { DiscardModal } from './discard-modal';
import { DuplicateWarningsPanel } from './duplicate-panel';
import { FamilySection, type CategoryOption } from './family-section';
import { IdentitySection } from './identity-section';
import { NameSection } from './name-section';
import '@renderer/styles/registry.css';

interface BeneficiaryFormProps {
  deps: SaveDeps;
  categories: readonly CategoryOption[];
  /** The file being edited, or null for a new file. */
  editing: BeneficiaryDoc | null;
  initial: FormState | null;
  onSaved: (doc: BeneficiaryDoc, check: SavedCheck) => void;
  onCancel: () => void;
}

/** A draft typed earlier in this session came back; starting over drops it. */
function RestoredNotice({ onStartOver }: { onStartOver: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="blue" role="status">
      <Group justify="space-between">
        <Text size="sm">{t('registry.form.restored')}</Text>
        <Button size="compact-sm" variant="default" onClick={onStartOver}>
          {t('registry.form.startOver')}
        </Button>
      </Group>
    </Alert>
  );
}

/** Save (Ctrl+Enter from anywhere, Enter on the button), cancel, and how Enter moves. */
function FormActions({ busy, acknowledging, onCancel }: { busy: boolean; acknowledging: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between">
      <Group gap="sm">
        <Button type="submit" loading={busy} rightSection={<Kbd size="xs">Ctrl+Enter</Kbd>}>
          {acknowledging ? t('registry.form.saveAcknowledged') : t('registry.form.save')}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('registry.form.cancel')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {t('registry.form.enterHint')}
      </Text>
    </Group>
  );
}

/** Create or edit a beneficiary's file; saves only what the shared rules accept. */
export function BeneficiaryForm({ deps, categories, editing, initial, onSaved, onCancel }: BeneficiaryFormProps) {
  const { t } = useTranslation();
  const notices = useObservable(() => watchNotices(deps.db), [deps.db], []);
  const notice = currentNotice(notices);
  const state = useBeneficiaryForm(deps, initial, editing, onSaved, notice?.version ?? null);
  const { form, patch, errors, problem, duplicates, formProps } = state;
  const { warnings, focus: warningsFocus, focused: clearWarningsFocus } = duplicates;
  const [confirming, setConfirming] = useState(false);
  // Cancel drops the draft (it must not come back in the next new file); typed work is confirmed first.
  const leave = () => {
    state.reset();
    onCancel();
  };
  const cancel = () => (state.typed ? setConfirming(true) : leave());
  const invalidCount = Object.keys(errors).length;

  // Possible duplicates to acknowledge: the first one's box takes the focus.
  useEffect(() => {
    if (!warningsFocus) return;
    formProps.ref.current?.querySelector<HTMLElement>('#bf-duplicate-warnings input[type="checkbox"]')?.focus();
    clearWarningsFocus();
  }, [warningsFocus, clearWarningsFocus, formProps.ref]);

  const sectionProps = sectionFields(form, patch, state.inputProps, errors, t);
  const { field, check } = sectionProps;
  return (
    <form {...formProps} aria-labelledby="bf-title">
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap">
          <Title order={1} size="h2" id="bf-title">
            {editing ? t('registry.form.editTitle') : t('registry.form.newTitle')}
          </Title>
          {editing && (
            <Badge size="xl" variant="light" radius="sm" className="wasl-file-number">
              <bdi dir="ltr">{editing.fileNumber}</bdi>
            </Badge>
          )}
        </Group>
        <Text c="dimmed" size="sm">
          {t('registry.form.intro')}
        </Text>
        {state.restored && <RestoredNotice onStartOver={state.reset} />}
        <NameSection field={field} />
        <IdentitySection field={field} holder={state.holder} deskOnly={state.deskOnly} onNationalIdBlur={state.checkNationalId} />
        <FamilySection {...sectionProps} categories={categories} />
        <ContactSection {...sectionProps} />
        <ConsentSection field={field} check={check} notice={notice} isNew={!editing} />
        {invalidCount > 0 && (
          <Alert color="red" role="alert">
            {t('registry.form.fixErrors', { count: invalidCount })}
          </Alert>
        )}
        {problem?.kind === 'failed' && (
          <Alert color="red" role="alert">
            {t('errors.save-failed', { message: t(problem.error) })}
          </Alert>
        )}
        {warnings.length > 0 && <DuplicateWarningsPanel warnings={warnings} acknowledged={duplicates.acknowledged} onAcknowledge={duplicates.acknowledge} />}
        <FormActions busy={state.busy} acknowledging={warnings.length > 0} onCancel={cancel} />
      </Stack>
      <DiscardModal opened={confirming} onKeep={() => setConfirming(false)} onDiscard={leave} />
    </form>
  );
}
