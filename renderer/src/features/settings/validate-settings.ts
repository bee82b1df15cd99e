import { isLocale, type Locale } from '@shared/i18n/locale';
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

export type SettingsErrors = Partial<Record<'associationName' | 'deskName' | 'idleLockMinutes', string>>;

type Result =
  | { ok: true; value: ValidSettings; changed: (before: ValidSettings) => string[] }
  | { ok: false; errors: SettingsErrors };

/** Pure: the desk code is not part of the input, because it can never change after setup. */
export function validateSettings(input: SettingsInput): Result {
  const errors: SettingsErrors = {};
  const associationName = input.associationName.trim();
  const deskName = input.deskName.trim();
  const idleLockMinutes = input.idleLockMinutes.trim() === '' ? Number.NaN : Number(input.idleLockMinutes);
  if (!associationName) errors.associationName = 'setup.association-required';
  if (!deskName) errors.deskName = 'setup.desk-name-required';
  if (!validateIdleMinutes(idleLockMinutes)) errors.idleLockMinutes = 'idle.range';
  if (Object.keys(errors).length > 0 || !isLocale(input.locale)) return { ok: false, errors };
  const value: ValidSettings = { associationName, deskName, idleLockMinutes, locale: input.locale };
  const changed = (before: ValidSettings) => (Object.keys(value) as (keyof ValidSettings)[]).filter((key) => value[key] !== before[key]);
  return { ok: true, value, changed };
}
