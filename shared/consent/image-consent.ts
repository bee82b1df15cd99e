/**
 * Consent to use a beneficiary's photo, story or work (policy 3.6a: the beneficiaries' intellectual
 * property and image): separate from the consent to process their data, specific (what, where, until
 * when), recorded, withdrawable. A consent stands from when it was given to the end of its last day
 * (Riyadh), unless withdrawn before. Pure: clocks and ids come in.
 */
import { addYears, isIsoDate, riyadhDateOf } from '../calendar/iso-date';
import { BENEFICIARY_LIMITS, CONSENT_METHODS, IMAGE_USES, type BeneficiaryDoc, type ImageConsent, type ImageUse } from '../db/schemas/beneficiary.schema';
import type { PublicationConsent } from '../db/schemas/visit.schema';
import type { FileRef } from '../files/file-ref';
import { err, ok, type FieldErrors, type Result } from '../result';

export type ImageConsentInput = { uses: readonly string[]; what: string; where: string; until: string; method: string; paperForm?: FileRef | null };
export type ImageConsentField = 'uses' | 'what' | 'where' | 'until' | 'method';
export type ImageConsentErrors = FieldErrors<ImageConsentField | 'list', string>;

/** The longest a consent may run: beyond it the person is asked again (a consent is specific in time). */
export const IMAGE_CONSENT_MAX_YEARS = 5;

type ImageFile = Pick<BeneficiaryDoc, 'imageConsents'>;

export function addImageConsent(file: ImageFile, input: ImageConsentInput, stamp: { id: string; at: string; by: string }): Result<ImageConsent[], ImageConsentErrors> {
  const errors: ImageConsentErrors = {};
  const uses = [...new Set(input.uses)];
  if (uses.length === 0) errors.uses = 'consent.image.uses-required';
  else if (!uses.every((u) => (IMAGE_USES as readonly string[]).includes(u))) errors.uses = 'consent.image.uses-invalid';
  for (const field of ['what', 'where'] as const) {
    const value = input[field].trim();
    if (value === '') errors[field] = 'consent.image.required';
    else if (value.length > BENEFICIARY_LIMITS.imageWhat) errors[field] = 'consent.image.too-long';
  }
  const today = riyadhDateOf(Date.parse(stamp.at));
  const latest = addYears(today, IMAGE_CONSENT_MAX_YEARS);
  if (!isIsoDate(input.until)) errors.until = 'consent.image.until-invalid';
  else if (input.until < today) errors.until = 'consent.image.until-past';
  else if (input.until > latest) errors.until = 'consent.image.until-too-far';
  if (!(CONSENT_METHODS as readonly string[]).includes(input.method)) errors.method = 'consent.method.invalid';
  const list = file.imageConsents ?? [];
  if (list.length >= BENEFICIARY_LIMITS.imageConsents) errors.list = 'consent.log.full';
  if (Object.keys(errors).length > 0) return err(errors);
  const paper = input.method === 'paper' && input.paperForm ? { paperForm: input.paperForm } : {};
  const consent: ImageConsent = {
    id: stamp.id,
    uses: uses as ImageUse[],
    what: input.what.trim(),
    where: input.where.trim(),
    until: input.until,
    method: input.method as ImageConsent['method'],
    ...paper,
    givenAt: stamp.at,
    givenBy: stamp.by,
  };
  return ok([...list, consent]);
}

export function withdrawImageConsent(file: ImageFile, id: string, stamp: { at: string; by: string }): Result<ImageConsent[], 'consent.image.not-found' | 'consent.image.already-withdrawn'> {
  const list = file.imageConsents ?? [];
  const found = list.find((c) => c.id === id);
  if (!found) return err('consent.image.not-found');
  if (found.withdrawnAt) return err('consent.image.already-withdrawn');
  return ok(list.map((c) => (c.id === id ? { ...c, withdrawnAt: stamp.at, withdrawnBy: stamp.by } : c)));
}

export type ImageConsentStatus = 'in-force' | 'expired' | 'withdrawn' | 'not-yet';

/** A consent's standing at `at` (ISO instant). */
export function imageConsentStatus(consent: ImageConsent, at: string): ImageConsentStatus {
  if (consent.withdrawnAt && consent.withdrawnAt <= at) return 'withdrawn';
  if (consent.givenAt > at) return 'not-yet';
  return riyadhDateOf(Date.parse(at)) > consent.until ? 'expired' : 'in-force';
}

/** Whether some consent for `use` stands at `at`. */
export function imageConsentInForce(file: ImageFile, use: ImageUse, at: string): boolean {
  return (file.imageConsents ?? []).some((c) => c.uses.includes(use) && imageConsentStatus(c, at) === 'in-force');
}

/**
 * What a photo taken at `at` carries (the visit schema's publicationConsent): 'given' when a photo
 * consent stands, 'refused' when the person withdrew one by then, 'unknown' otherwise (nobody asked).
 */
export function photoConsentAt(file: ImageFile, at: string): PublicationConsent {
  if (imageConsentInForce(file, 'photo', at)) return 'given';
  const withdrawn = (file.imageConsents ?? []).some((c) => c.uses.includes('photo') && imageConsentStatus(c, at) === 'withdrawn');
  return withdrawn ? 'refused' : 'unknown';
}
