/**
 * The beneficiary form, checked and normalized in one pure step before anything is written.
 *
 * Input is what the receptionist typed (raw strings); output is either the normalized
 * beneficiary (cleaned text, ASCII digits, E.164 mobiles, ISO Gregorian birth date) or an
 * error code per field path, so the form shows every problem at once under its field.
 * "Normalize, don't refuse": invisible/bidi characters are stripped from every text field,
 * digits converted; only what cannot be normalized is an error.
 */
import { CHANNELS, type Channel } from '../catalog/channels';
import { CATEGORY_KEY_PATTERN } from '../catalog/categories';
import {
  FAMILY_RELATIONS, GENDERS, MARITAL_STATUSES,
  type BeneficiaryName, type FamilyMember, type FamilyRelation, type Gender, type MaritalStatus, type PreferredChannel,
} from '../db/schemas/beneficiary.schema';
import { err, ok, type Result } from '../result';
import { nameKeyOfParts, fullArabicName, isNamePartRequired, NAME_PARTS, validateNamePart } from './name-parts';
import { validateNationalId, type NationalIdKind } from './national-id';
import { ADDRESS_MAX_LENGTH, checkChannel, normalizeMobiles } from './beneficiary-contact';
import { checkLatinName, checkText, parseFamilyCount, parseTypedDate, type TypedCalendar } from './beneficiary-fields';
import { cleanTextInput, stripInvisible } from './text-normalize';
import { BENEFICIARY_LIMITS, CONSENT_METHODS, type ConsentMethod } from '../db/schemas/beneficiary.schema';

/** The form as typed. Empty mobile rows are ignored. */
export interface BeneficiaryFormInput {
  name: { first: string; father: string; grandfather: string; family: string };
  latinName: string;
  nationalId: string;
  birthDate: string;
  /** Calendar the birth date was typed in; Gregorian when absent. */
  birthDateCalendar?: TypedCalendar;
  gender: string;
  /** ISO 3166 alpha-2; empty means SA. */
  nationality: string;
  maritalStatus: string;
  familyCount: string;
  familyMembers: { name: string; relation: string; birthDate: string }[];
  categoryKey: string;
  city: string;
  district: string;
  address: string;
  mobiles: string[];
  noMobileReason: string;
  /** An empty address for a mobile sub-channel means the first mobile. */
  preferredChannel: { channel: string; subChannel: string; address: string };
  /**
   * `method` and `noticeVersion` (PDPL Art. 12: the notice version shown): given by the registration
   * form for a new file; an edit leaves the consent as recorded and sends neither.
   */
  consent: { given: boolean; purpose: string; method?: string; noticeVersion?: number };
  notes: string;
}

/** Validated and normalized; what the save step turns into a stored file. */
export interface NormalizedBeneficiary {
  name: BeneficiaryName;
  fullName: string;
  /** arabicNameKey of the full name: duplicate check and name+birth key. */
  nameKey: string;
  latinName: string;
  nationalId: string;
  idKind: NationalIdKind;
  birthDate: string;
  gender: Gender;
  nationality: string;
  maritalStatus: MaritalStatus;
  familyCount: number;
  familyMembers: FamilyMember[];
  categoryKey: string;
  city: string;
  district: string;
  address: string;
  mobiles: string[];
  noMobileReason: string;
  preferredChannel: PreferredChannel;
  consent: { purpose: string; method?: ConsentMethod; noticeVersion?: number };
  notes: string;
}

/** 'name.first', 'mobiles.0', 'familyMembers.1.relation', 'preferredChannel.address', ... */
export type FieldPath = string;
/** An i18n key under `errors.`. */
export type ErrorCode = string;
export type FieldErrors = Partial<Record<FieldPath, ErrorCode>>;

export interface ValidateOptions {
  /** Riyadh civil date of today, ISO: the latest possible birth date. */
  todayIso: string;
  /** Active category keys from the catalog; when absent, only the key's form is checked. */
  categoryKeys?: readonly string[];
  /** The channel catalog; the seed when absent. */
  channels?: readonly Channel[];
}

export { ADDRESS_MAX_LENGTH, MAX_MOBILES } from './beneficiary-contact';
export const NOTES_MAX_LENGTH = BENEFICIARY_LIMITS.notes;

export function validateBeneficiaryInput(
  input: BeneficiaryFormInput,
  options: ValidateOptions,
): Result<NormalizedBeneficiary, FieldErrors> {
  const errors: FieldErrors = {};
  const take = <T>(path: FieldPath, result: Result<T, string>, fallback: T): T => {
    if (result.ok) return result.value;
    errors[path] ??= result.error;
    return fallback;
  };

  const name = { first: '', father: '', grandfather: '', family: '' };
  for (const part of NAME_PARTS) name[part] = take(`name.${part}`, validateNamePart(input.name[part], isNamePartRequired(part)), '');
  const latinName = take('latinName', checkLatinName(input.latinName), '');
  const id = take('nationalId', validateNationalId(input.nationalId), null);
  const birthDate = take('birthDate', parseTypedDate(input.birthDate, input.birthDateCalendar ?? 'gregorian', options.todayIso), '');
  const gender = take('gender', oneOf(input.gender, GENDERS, 'gender.required'), 'male');
  const nationality = take('nationality', checkNationality(input.nationality), 'SA');
  const maritalStatus = take('maritalStatus', oneOf(input.maritalStatus, MARITAL_STATUSES, 'marital-status.required'), 'single');
  const familyCount = take('familyCount', parseFamilyCount(input.familyCount), 1);
  const familyMembers = input.familyMembers.map((member, i) => ({
    name: take(`familyMembers.${i}.name`, checkText(member.name, BENEFICIARY_LIMITS.familyMemberName, { required: 'family-member.name-required', tooLong: 'family-member.name-too-long' }), ''),
    relation: take(`familyMembers.${i}.relation`, oneOf<FamilyRelation, 'family-member.relation-required'>(member.relation, FAMILY_RELATIONS, 'family-member.relation-required'), 'other'),
    birthDate: cleanTextInput(member.birthDate) === '' ? '' : take(`familyMembers.${i}.birthDate`, parseTypedDate(member.birthDate, 'gregorian', options.todayIso), ''),
  }));
  if (familyMembers.length > familyCount) errors['familyCount'] ??= 'family-count.too-small';
  const categoryKey = take('categoryKey', checkCategory(input.categoryKey, options.categoryKeys), '');
  const city = take('city', checkText(input.city, BENEFICIARY_LIMITS.city, { required: 'city.required', tooLong: 'city.too-long' }), '');
  const district = take('district', checkText(input.district, BENEFICIARY_LIMITS.district, { required: 'district.required', tooLong: 'district.too-long' }), '');
  const address = take('address', checkText(input.address, ADDRESS_MAX_LENGTH, { tooLong: 'address.too-long' }, true), '');
  const mobiles = normalizeMobiles(input.mobiles, errors);
  // A mistyped mobile is its own error: it does not also ask why there is no mobile.
  const typedMobile = input.mobiles.some((row) => stripInvisible(row).trim() !== '');
  const noMobileReason = mobiles.length > 0 || typedMobile ? '' : take('noMobileReason', checkText(input.noMobileReason, BENEFICIARY_LIMITS.noMobileReason, { required: 'mobile.reason-required', tooLong: 'mobile.reason-too-long' }), '');
  const channelErrors: FieldErrors = {};
  const preferredChannel = checkChannel(input.preferredChannel, mobiles, options.channels ?? CHANNELS, channelErrors);
  // "Use the first mobile" cannot be judged while the mobiles themselves are wrong.
  const mobileRowsWrong = typedMobile && mobiles.length === 0;
  for (const [path, code] of Object.entries(channelErrors)) {
    if (!(mobileRowsWrong && code === 'channel.address-required')) errors[path] ??= code;
  }
  const purpose = cleanTextInput(input.consent.purpose);
  if (!input.consent.given || purpose === '') errors['consent'] ??= 'consent.required';
  else if ([...purpose].length > BENEFICIARY_LIMITS.consentPurpose) errors['consent'] ??= 'consent.purpose-too-long';
  const method = input.consent.method;
  if (method !== undefined && !(CONSENT_METHODS as readonly string[]).includes(method)) errors['consentMethod'] ??= 'consent.method-required';
  const version = input.consent.noticeVersion;
  const noticeVersion = version !== undefined && Number.isInteger(version) && version >= 0 && version <= BENEFICIARY_LIMITS.noticeVersion ? version : undefined;
  const notes = take('notes', checkText(input.notes, NOTES_MAX_LENGTH, { tooLong: 'notes.too-long' }, true), '');

  if (Object.keys(errors).length > 0 || id === null) return err(errors);
  return ok({
    name,
    fullName: fullArabicName(name),
    nameKey: nameKeyOfParts(name),
    latinName,
    nationalId: id.value,
    idKind: id.kind,
    birthDate,
    gender,
    nationality,
    maritalStatus,
    familyCount,
    familyMembers: familyMembers.map(({ birthDate: born, ...rest }) => (born === '' ? rest : { ...rest, birthDate: born })),
    categoryKey,
    city,
    district,
    address,
    mobiles,
    noMobileReason,
    preferredChannel,
    consent: { purpose, ...(method !== undefined ? { method: method as ConsentMethod, noticeVersion: noticeVersion ?? 0 } : {}) },
    notes,
  });
}

function oneOf<T extends string, E extends string>(input: string, allowed: readonly T[], required: E): Result<T, E> {
  const value = stripInvisible(input).trim();
  return (allowed as readonly string[]).includes(value) ? ok(value as T) : err(required);
}

function checkNationality(input: string): Result<string, 'nationality.format'> {
  const value = stripInvisible(input).trim().toUpperCase();
  if (value === '') return ok('SA');
  return /^[A-Z]{2}$/.test(value) ? ok(value) : err('nationality.format');
}

function checkCategory(input: string, keys: readonly string[] | undefined): Result<string, 'category.required' | 'category.unknown'> {
  const value = stripInvisible(input).trim();
  if (value === '') return err('category.required');
  const known = keys ? keys.includes(value) : CATEGORY_KEY_PATTERN.test(value);
  return known ? ok(value) : err('category.unknown');
}
