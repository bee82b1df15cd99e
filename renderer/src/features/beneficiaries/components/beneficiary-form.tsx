import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Group, Kbd, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import type { SaveDeps } from '../data/save-beneficiary';
import { fieldId, type CheckOf, type FieldOf, type FormState } from '../form-state';
import { useBeneficiaryForm } from '../hooks/use-beneficiary-form';
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
  onSaved: (doc: BeneficiaryDoc) => void;
  onCancel: () => void;
}

/** Create or edit a beneficiary's file; saves only what the shared rules accept. */
export function BeneficiaryForm({ deps, categories, editing, initial, onSaved, onCancel }: BeneficiaryFormProps) {
  const { t } = useTranslation();
  const state = useBeneficiaryForm(deps, initial, editing, onSaved);
  const { form, patch, errors, problem, warnings, warningsFocus, clearWarningsFocus, formProps } = state;
  const [confirming, setConfirming] = useState(false);
  // Cancel drops the draft (it must not come back in the next new file); typed work is confirmed first.
  const leave = () => {
    state.reset();
    onCancel();
  };
  const cancel = () => (state.typed ? setConfirming(true) : leave());
  const errorOf = (path: string): string | undefined => {
    const code = errors[path] ?? (path === 'mobiles.0' && !form.noMobile ? errors['noMobileReason'] ?? errors['mobiles'] : undefined);
    return code ? t(`errors.${code}`) : undefined;
  };
  const invalidCount = Object.keys(errors).length;

  // Possible duplicates to acknowledge: the first one's box takes the focus.
  useEffect(() => {
    if (!warningsFocus) return;
    formProps.ref.current?.querySelector<HTMLElement>('#bf-duplicate-warnings input[type="checkbox"]')?.focus();
    clearWarningsFocus();
  }, [warningsFocus, clearWarningsFocus, formProps.ref]);

  // The form's own inputs (getInputProps), under the ids and errors the validator's paths give them.
  const field: FieldOf = (path, errorPath = path) => {
    const { value, onChange } = state.inputProps(path);
    return { id: fieldId(errorPath), value: typeof value === 'string' ? value : '', onChange, error: errorOf(errorPath) };
  };
  const check: CheckOf = (path) => {
    const { checked, onChange } = state.inputProps(path, { type: 'checkbox' });
    return { id: fieldId(path), checked: checked === true, onChange, error: errorOf(path) };
  };
  const sectionProps = { form, patch, errorOf, field, check };
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
        {state.restored && (
          <Alert color="blue" role="status">
            <Group justify="space-between">
              <Text size="sm">{t('registry.form.restored')}</Text>
              <Button size="compact-sm" variant="default" onClick={state.reset}>
                {t('registry.form.startOver')}
              </Button>
            </Group>
          </Alert>
        )}
        <NameSection field={field} />
        <IdentitySection field={field} holder={state.holder} onNationalIdBlur={state.checkNationalId} />
        <FamilySection {...sectionProps} categories={categories} />
        <ContactSection {...sectionProps} />
        <ConsentSection field={field} check={check} />
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
        {warnings.length > 0 && <DuplicateWarningsPanel warnings={warnings} acknowledged={state.acknowledged} onAcknowledge={state.acknowledge} />}
        <Group justify="space-between">
          <Group gap="sm">
            <Button type="submit" loading={state.busy} rightSection={<Kbd size="xs">Ctrl+Enter</Kbd>}>
              {warnings.length > 0 ? t('registry.form.saveAcknowledged') : t('registry.form.save')}
            </Button>
            <Button variant="default" onClick={cancel}>
              {t('registry.form.cancel')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {t('registry.form.enterHint')}
          </Text>
        </Group>
      </Stack>
      <DiscardModal opened={confirming} onKeep={() => setConfirming(false)} onDiscard={leave} />
    </form>
  );
}
