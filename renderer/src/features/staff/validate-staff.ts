/**
 * Pure validation of the "add a staff member" form with the shared staff rules; the database's
 * own check (the username is free on this desk) runs at save, after this passes.
 */
import { validateStaffInput } from '@shared/staff/staff-account';
import { err, ok, type FieldErrors, type Result } from '@shared/result';
import type { NewStaffInput } from './data/create-staff';

export type NewStaffField = 'displayName' | 'username' | 'roles' | 'password' | 'passwordConfirm';
export type NewStaffErrors = FieldErrors<NewStaffField>;

function fieldOf(code: string): NewStaffField {
  if (code.startsWith('password.')) return 'password';
  if (code.startsWith('staff.username')) return 'username';
  if (code.startsWith('staff.roles')) return 'roles';
  return 'displayName';
}

export function validateNewStaff(input: NewStaffInput): Result<NewStaffInput, NewStaffErrors> {
  const errors: NewStaffErrors = {};
  for (const code of validateStaffInput(input)) errors[fieldOf(code)] ??= code;
  if (!errors.password && input.password !== input.passwordConfirm) errors.passwordConfirm = 'password.mismatch';
  return Object.keys(errors).length > 0 ? err(errors) : ok(input);
}
