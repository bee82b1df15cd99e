import { isLocale, type Locale } from '@shared/i18n/locale';
import { err, ok, type FieldErrors, type Result } from '@shared/result';
import { validateIdleMinutes } from '@shared/staff/idle';

export interface SettingsInput {
  associationName: string;
  deskName: string;
  /** As typed: the number input may be empty or partial while editing. */
  idleLockMinutes: string;
  locale: Locale;
}

export interface ValidSettings {
  associationName: string;
  deskName: string;
  idleLockMinutes: number;
  locale: Locale;
}

export type SettingsErrors = FieldErrors<'associationName' | 'deskName' | 'idleLockMinutes'>;

/** Pure: the desk code is not part of the input, because it can never change after setup. */
export function validateSettings(input: SettingsInput): Result<ValidSettings, SettingsErrors> {
  const errors: SettingsErrors = {};
  const associationName = input.associationName.trim();
  const deskName = input.deskName.trim();
  const idleLockMinutes = input.idleLockMinutes.trim() === '' ? Number.NaN : Number(input.idleLockMinutes);
  if (!associationName) errors.associationName = 'setup.association-required';
  if (!deskName) errors.deskName = 'setup.desk-name-required';
  if (!validateIdleMinutes(idleLockMinutes)) errors.idleLockMinutes = 'idle.range';
  if (Object.keys(errors).length > 0 || !isLocale(input.locale)) return err(errors);
  return ok({ associationName, deskName, idleLockMinutes, locale: input.locale });
}

/** The fields a save changes, named in the audit entry. */
export function changedSettings(value: ValidSettings, before: ValidSettings): string[] {
  return (Object.keys(value) as (keyof ValidSettings)[]).filter((key) => value[key] !== before[key]);
}
