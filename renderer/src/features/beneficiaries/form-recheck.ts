/**
 * Errors that follow the form: once a field shows an error, a change to that field checks it
 * again with the shared validator, so an error never outlives what it was about (an ID changed
 * from a duplicate to a mistyped one says "mistyped", not "on another file"). A field without an
 * error gets none while it is typed: new errors appear when the field is left or at save.
 */
import { validateBeneficiaryInput, type FieldErrors } from '@shared/registry/beneficiary-input';
import { toFormInput } from './form-input';
import type { FormState } from './form-state';

/** The error paths a form field's value decides (a mobile also decides the no-mobile reason and the channel). */
const PATHS: Readonly<Record<keyof FormState, readonly string[]>> = {
  name: ['name'], latinName: ['latinName'], nationalId: ['nationalId'], birthDate: ['birthDate'], gender: ['gender'],
  nationality: ['nationality'], maritalStatus: ['maritalStatus'], familyCount: ['familyCount'],
  familyMembers: ['familyMembers', 'familyCount'], categoryKey: ['categoryKey'], city: ['city'], district: ['district'],
  address: ['address'], mobiles: ['mobiles', 'noMobileReason', 'preferredChannel'], noMobile: ['mobiles', 'noMobileReason', 'preferredChannel'],
  noMobileReason: ['noMobileReason'], channel: ['preferredChannel'], subChannel: ['preferredChannel'],
  channelAddress: ['preferredChannel'], consent: ['consent'], consentMethod: ['consentMethod'], notes: ['notes'],
};

const under = (path: string, prefix: string): boolean => path === prefix || path.startsWith(`${prefix}.`);

/**
 * The errors after `changed` fields took their new values in `form`: each shown error under a
 * changed field is replaced by what the validator says now (or dropped); the others stay.
 * Categories are checked by form only here: the save checks them against the catalog.
 */
export function recheckErrors(errors: FieldErrors, form: FormState, changed: readonly (keyof FormState)[], todayIso: string, consentPurpose: string): FieldErrors {
  const prefixes = changed.flatMap((key) => PATHS[key] ?? []);
  const stale = Object.keys(errors).filter((path) => prefixes.some((prefix) => under(path, prefix)));
  if (stale.length === 0) return errors;
  const result = validateBeneficiaryInput(toFormInput(form, consentPurpose), { todayIso });
  const now: FieldErrors = result.ok ? {} : result.error;
  const next: FieldErrors = { ...errors };
  for (const path of stale) {
    const code = now[path];
    if (code) next[path] = code;
    else delete next[path];
  }
  return next;
}
