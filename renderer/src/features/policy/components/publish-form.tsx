import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Group, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WaslDatabase } from '@renderer/db/database';
import { useAction } from '@renderer/components/use-action';
import { ROLES } from '@shared/staff/roles';
import type { PolicyVersion, PublishErrors, PublishInput } from '@shared/policy';
import { publishPolicy } from '../data/publish-policy';

type Props = {
  db: WaslDatabase;
  actorId: string;
  deskId: string;
  /** The version to start from (a new version of it), or the blank input of a new document. */
  start: PublishInput;
  /** True for a new version of an existing document: whether it is a material change is asked. */
  existing: boolean;
  onPublished: (version: PolicyVersion) => void;
  onCancel: () => void;
};

/**
 * An admin publishes a document or a new version of one (Art. 4; the tool policies of 3.2 are added
 * here: the app has no text for them). A new version asks whether it is a material change.
 */
export function PublishForm({ db, actorId, deskId, start, existing, onPublished, onCancel }: Props) {
  const { t } = useTranslation();
  const [input, setInput] = useState<PublishInput>({ ...start, material: existing ? false : true });
  const [errors, setErrors] = useState<PublishErrors>({});
  const publish = useAction(() => publishPolicy(db, actorId, deskId, input));
  const set = <K extends keyof PublishInput>(key: K, value: PublishInput[K]) => setInput((old) => ({ ...old, [key]: value }));
  const fieldError = (key: keyof PublishErrors) => (errors[key] ? t(`policy.errors.${errors[key]}`) : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (publish.busy) return;
    const outcome = await publish.run();
    if (!outcome.ok) return;
    if (!outcome.value.ok) return setErrors(outcome.value.error);
    setErrors({});
    onPublished(outcome.value.value);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t(existing ? 'policy.newVersion' : 'policy.addDocument')}>
      <Stack gap="sm">
        <Group grow align="flex-start">
          <TextInput id="policy-title-ar" label={t('policy.titleAr')} value={input.titleAr} onChange={(e) => set('titleAr', e.currentTarget.value)} error={fieldError('titleAr')} />
          <TextInput id="policy-title-en" label={t('policy.titleEn')} value={input.titleEn} onChange={(e) => set('titleEn', e.currentTarget.value)} error={fieldError('titleEn')} dir="ltr" />
        </Group>
        <Textarea id="policy-text-ar" label={t('policy.textAr')} value={input.textAr} onChange={(e) => set('textAr', e.currentTarget.value)} error={fieldError('textAr')} autosize minRows={5} maxRows={16} />
        <Textarea id="policy-text-en" label={t('policy.textEn')} value={input.textEn} onChange={(e) => set('textEn', e.currentTarget.value)} error={fieldError('textEn')} autosize minRows={5} maxRows={16} dir="ltr" />
        <Checkbox.Group label={t('policy.rolesLabel')} value={[...input.roles]} onChange={(roles) => set('roles', roles)} error={fieldError('roles')}>
          <Group gap="md" mt="xs">
            {ROLES.map((role) => (
              <Checkbox key={role} value={role} label={t(`roles.${role}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        {existing && <Checkbox label={t('policy.materialLabel')} checked={input.material} onChange={(e) => set('material', e.currentTarget.checked)} />}
        {(errors.documentKey || errors.material) && (
          <Alert color="red" role="alert">
            {fieldError('documentKey') ?? fieldError('material')}
          </Alert>
        )}
        {publish.error && (
          <Alert color="red" role="alert">
            {t(publish.error)}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={publish.busy}>
            {t('policy.publish')}
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            {t('policy.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
