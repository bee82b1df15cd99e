import { checkPassword, type PasswordProblem } from './password-policy';
import { isRole, type Role } from './roles';
import { STAFF_LIMITS } from '../db/schemas/staff.schema';

export type StaffInputError =
  | 'staff.name-required'
  | 'staff.name-too-long'
  | 'staff.username-format'
  | 'staff.roles-required'
  | 'staff.role-unknown'
  | PasswordProblem;

export type StaffInput = {
  displayName: string;
  username: string;
  roles: readonly Role[];
  password: string;
};

export const MAX_DISPLAY_NAME_LENGTH = STAFF_LIMITS.displayName;
/** Latin so it can be typed on any keyboard layout at a shared PC and later match the server account. */
const USERNAME = new RegExp(`^[a-z][a-z0-9._-]{${STAFF_LIMITS.usernameMin - 1},${STAFF_LIMITS.usernameMax - 1}}$`);

export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

export function normalizeDisplayName(displayName: string): string {
  return displayName.trim().replace(/\s+/g, ' ');
}

/** Every problem with a new staff account (empty = valid). Codes are i18n keys under `errors.`. */
export function validateStaffInput(input: StaffInput): StaffInputError[] {
  const errors: StaffInputError[] = [];
  const name = normalizeDisplayName(input.displayName);
  if (name.length === 0) errors.push('staff.name-required');
  else if ([...name].length > MAX_DISPLAY_NAME_LENGTH) errors.push('staff.name-too-long');
  if (!USERNAME.test(normalizeUsername(input.username))) errors.push('staff.username-format');
  if (input.roles.length === 0) errors.push('staff.roles-required');
  else if (!input.roles.every(isRole)) errors.push('staff.role-unknown');
  errors.push(...checkPassword(input.password));
  return errors;
}
