import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Group, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '@shared/staff/roles';
import type { WaslDatabase } from '@renderer/db/database';
import { createStaff, validateNewStaff, type NewStaffErrors, type NewStaffInput } from '../data/create-staff';
import { UnitCheckboxes } from './unit-checkboxes';
import { PasswordInput } from '@renderer/components/password-input';
import { useAction } from '@renderer/components/use-action';

const EMPTY: NewStaffInput = { displayName: '', username: '', roles: [], unitIds: [], password: '', passwordConfirm: '' };
const ORDER = ['displayName', 'username', 'roles', 'password', 'passwordConfirm'] as const;

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function AddStaffForm({ db, deskId, actorId }: { db: WaslDatabase; deskId: string; actorId: string }) {
  const { t } = useTranslation();
  const [input, setInput] = useState<NewStaffInput>(EMPTY);
  const [errors, setErrors] = useState<NewStaffErrors>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const set = (patch: Partial<NewStaffInput>) => setInput((prev) => ({ ...prev, ...patch }));
  const errorOf = (field: keyof NewStaffErrors) => (errors[field] ? t(`errors.${errors[field]}`) : undefined);

  const add = useAction(async () => {
    setMessage(null);
    const found = await validateNewStaff(db, input);
    setErrors(found);
    const first = ORDER.find((field) => found[field]);
    if (first) return document.getElementById(`staff-${first}`)?.focus();
    await createStaff(db, input, deskId, actorId);
    setMessage({ ok: true, text: t('staff.added', { name: input.displayName.trim() }) });
    setInput(EMPTY);
    document.getElementById('staff-displayName')?.focus();
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!add.busy) void add.run();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('staff.addTitle')}
        </Title>
        <TextInput id="staff-displayName" label={t('staff.displayName')} value={input.displayName} onChange={(e) => set({ displayName: e.currentTarget.value })} error={errorOf('displayName')} autoFocus required />
        <TextInput id="staff-username" label={t('staff.username')} dir="ltr" autoComplete="off" value={input.username} onChange={(e) => set({ username: e.currentTarget.value })} error={errorOf('username')} required />
        <Checkbox.Group id="staff-roles" label={t('staff.roles')} value={input.roles} onChange={(values) => set({ roles: values.filter(isRole) })} error={errorOf('roles')} required>
          <Group gap="md" mt="xs">
            {ROLES.map((role) => (
              <Checkbox key={role} value={role} label={t(`roles.${role}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        {input.roles.includes('follow-up-officer') && <UnitCheckboxes db={db} id="staff-units" value={input.unitIds} onChange={(unitIds) => set({ unitIds })} />}
        <PasswordInput id="staff-password" label={t('staff.password')} autoComplete="new-password" value={input.password} onChange={(e) => set({ password: e.currentTarget.value })} error={errorOf('password')} aria-invalid={Boolean(errors.password)} required />
        <PasswordInput id="staff-passwordConfirm" label={t('staff.passwordConfirm')} autoComplete="new-password" value={input.passwordConfirm} onChange={(e) => set({ passwordConfirm: e.currentTarget.value })} error={errorOf('passwordConfirm')} aria-invalid={Boolean(errors.passwordConfirm)} required />
        {message && (
          <Alert color={message.ok ? 'teal' : 'red'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </Alert>
        )}
        {add.error && (
          <Alert color="red" role="alert" data-testid="staff-save-failed">
            {t('errors.save-failed', { message: t(add.error) })}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={add.busy}>
            {t('staff.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
