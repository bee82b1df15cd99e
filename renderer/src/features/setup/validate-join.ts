/**
 * Pure validation of the "join an existing association" form: nothing is sent to the server and
 * nothing written unless every field is valid.
 */
import { validateServerUrl } from '@shared/sync/server-url';
import { validateDeskCode } from '@shared/staff/desk-code';
import { err, ok, type FieldErrors, type Result } from '@shared/result';

export interface JoinInput {
  serverUrl: string;
  registrationCode: string;
  associationName: string;
  deskName: string;
  deskCode: string;
}

export type JoinField = keyof JoinInput;
/** Error codes per field; each is an i18n key under `errors.`. */
export type JoinErrors = FieldErrors<JoinField>;
export type ValidJoin = JoinInput;

export const JOIN_FIELDS: readonly JoinField[] = ['serverUrl', 'registrationCode', 'associationName', 'deskName', 'deskCode'];

export function validateJoin(input: JoinInput): Result<ValidJoin, JoinErrors> {
  const errors: JoinErrors = {};
  const url = validateServerUrl(input.serverUrl);
  if (!url.ok) errors.serverUrl = url.error;
  // Codes are read out by phone or copied from paper: spaces are noise.
  const registrationCode = input.registrationCode.replace(/\s+/g, '');
  if (!registrationCode) errors.registrationCode = 'join.code-required';
  const associationName = input.associationName.trim();
  const deskName = input.deskName.trim();
  if (!associationName) errors.associationName = 'setup.association-required';
  if (!deskName) errors.deskName = 'setup.desk-name-required';
  const deskCode = validateDeskCode(input.deskCode);
  if (!deskCode.ok) errors.deskCode = deskCode.error;
  if (!url.ok || !deskCode.ok || Object.keys(errors).length > 0) return err(errors);
  return ok({ serverUrl: url.value, registrationCode, associationName, deskName, deskCode: deskCode.value });
}
