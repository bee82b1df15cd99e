import { Alert, Button, Checkbox, Group, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '@shared/staff/roles';
import type { WaslDatabase } from '@renderer/db/database';
import { PasswordInput } from '@renderer/components/password-input';
import { useAction } from '@renderer/components/use-action';
import { useCheckedForm } from '@renderer/components/use-checked-form';
import { createStaff, usernameTaken, type NewStaffInput } from '../data/create-staff';
import { validateNewStaff } from '../validate-staff';
import { UnitCheckboxes } from './unit-checkboxes';

const EMPTY: NewStaffInput = { displayName: '', username: '', roles: [], unitIds: [], password: '', passwordConfirm: '' };

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** The roles of the new member, one box each. */
function RoleCheckboxes({ value, onChange, error }: { value: Role[]; onChange: (roles: Role[]) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group id="staff-roles" label={t('staff.roles')} value={value} onChange={(values) => onChange(values.filter(isRole))} error={error} required>
      <Group gap="md" mt="xs">
        {ROLES.map((role) => (
          <Checkbox key={role} value={role} label={t(`roles.${role}`)} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}

export function AddStaffForm({ db, deskId, actorId }: { db: WaslDatabase; deskId: string; actorId: string }) {
  const { t } = useTranslation();
  // Enter walks the fields; from the last one it adds the member.
  const { form, formProps, showErrors } = useCheckedForm({ initialValues: EMPTY, validator: validateNewStaff, enter: 'next-then-submit' });
  const roles = form.values.roles;

  /**
   * Adds the member the shared rules accepted (refused: null), or shows their refusal: either way the
   * one check they cannot make, a username already used on this desk, joins in. The name added, or null.
   */
  const add = useAction(async (input: NewStaffInput, refused: Record<string, string> | null) => {
    const taken = !refused?.['username'] && (await usernameTaken(db, input.username));
    if (taken) showErrors({ ...refused, username: 'staff.username-taken' });
    if (refused || taken) return null;
    await createStaff(db, input, deskId, actorId);
    form.reset();
    document.getElementById('staff-displayName')?.focus();
    return input.displayName.trim();
  });
  const added = add.busy ? null : add.result;

  return (
    <form {...formProps((input) => !add.busy && add.run(input, null), (refused) => void add.run(form.getValues(), refused))}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('staff.addTitle')}
        </Title>
        <TextInput id="staff-displayName" label={t('staff.displayName')} {...form.getInputProps('displayName')} autoFocus required />
        <TextInput id="staff-username" label={t('staff.username')} dir="ltr" autoComplete="off" {...form.getInputProps('username')} required />
        <RoleCheckboxes {...form.getInputProps('roles')} value={form.values.roles} onChange={(roles) => form.setFieldValue('roles', roles)} />
        {roles.includes('follow-up-officer') && <UnitCheckboxes db={db} id="staff-units" value={form.values.unitIds} onChange={(unitIds) => form.setFieldValue('unitIds', unitIds)} />}
        <PasswordInput id="staff-password" label={t('staff.password')} autoComplete="new-password" {...form.getInputProps('password')} required />
        <PasswordInput id="staff-passwordConfirm" label={t('staff.passwordConfirm')} autoComplete="new-password" {...form.getInputProps('passwordConfirm')} required />
        {added && (
          <Alert color="teal" role="status">
            {t('staff.added', { name: added })}
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
