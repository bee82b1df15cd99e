/**
 * Pure validation of the whole first-run form. Nothing is written unless this returns ok,
 * so a bad field can never leave a half-made desk behind.
 */
import { validateDeskCode } from '@shared/staff/desk-code';
import { validateStaffInput } from '@shared/staff/staff-account';
import { err, ok, type FieldErrors, type Result } from '@shared/result';

export interface SetupInput {
  associationName: string;
  deskName: string;
  deskCode: string;
  adminName: string;
  username: string;
  password: string;
  passwordConfirm: string;
}

export type SetupField = keyof SetupInput;
/** Error codes per field; each is an i18n key under `errors.`. */
export type SetupErrors = FieldErrors<SetupField>;

export interface ValidSetup {
  associationName: string;
  deskName: string;
  deskCode: string;
  adminName: string;
  username: string;
  password: string;
}

export const SETUP_FIELDS: readonly SetupField[] = ['associationName', 'deskName', 'deskCode', 'adminName', 'username', 'password', 'passwordConfirm'];

function fieldOfStaffError(code: string): SetupField {
  if (code.startsWith('password.')) return 'password';
  if (code.startsWith('staff.username')) return 'username';
  return 'adminName';
}

export function validateSetup(input: SetupInput): Result<ValidSetup, SetupErrors> {
  const errors: SetupErrors = {};
  const associationName = input.associationName.trim();
  const deskName = input.deskName.trim();
  if (!associationName) errors.associationName = 'setup.association-required';
  if (!deskName) errors.deskName = 'setup.desk-name-required';
  const deskCode = validateDeskCode(input.deskCode);
  if (!deskCode.ok) errors.deskCode = deskCode.error;
  const staffErrors = validateStaffInput({ displayName: input.adminName, username: input.username, roles: ['admin'], password: input.password });
  for (const code of staffErrors) {
    const field = fieldOfStaffError(code);
    errors[field] ??= code;
  }
  if (!errors.password && input.password !== input.passwordConfirm) errors.passwordConfirm = 'password.mismatch';
  if (!deskCode.ok || Object.keys(errors).length > 0) return err(errors);
  return ok({
    associationName,
    deskName,
    deskCode: deskCode.value,
    adminName: input.adminName.trim(),
    username: input.username.trim().toLowerCase(),
    password: input.password,
  });
}
