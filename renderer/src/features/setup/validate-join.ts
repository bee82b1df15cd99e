/**
 * Pure validation of the "join an existing association" form: nothing is sent to the server and
 * nothing written unless every field is valid.
 */
import { validateServerUrl } from '@shared/sync/server-url';
import { validateDeskCode } from '@shared/staff/desk-code';

export interface JoinInput {
  serverUrl: string;
  registrationCode: string;
  associationName: string;
  deskName: string;
  deskCode: string;
}

export type JoinField = keyof JoinInput;
/** Error codes per field; each is an i18n key under `errors.`. */
export type JoinErrors = Partial<Record<JoinField, string>>;
export type ValidJoin = JoinInput;

export const JOIN_FIELDS: readonly JoinField[] = ['serverUrl', 'registrationCode', 'associationName', 'deskName', 'deskCode'];

export function validateJoin(input: JoinInput): { ok: true; value: ValidJoin } | { ok: false; errors: JoinErrors } {
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
  if (!url.ok || !deskCode.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { serverUrl: url.value, registrationCode, associationName, deskName, deskCode: deskCode.value } };
}
