/**
 * The four-part Arabic name of a beneficiary (first, father, grandfather, family), as
 * Saudi records hold it: each part is checked on its own so the form can put the error
 * under the right field. The grandfather's name may be empty: some people have none on
 * record, and the file keeps the name as given rather than an invented part (policy 3.1,
 * accurate data). The full name and its matching key are then made of three parts.
 */
import { err, ok, type Result } from '../result';
import { arabicNameKey } from './arabic-name';
import { cleanTextInput } from './text-normalize';
import { BENEFICIARY_LIMITS } from '../db/schemas/beneficiary.schema';

/** The parts in reading order. */
export const NAME_PARTS = ['first', 'father', 'grandfather', 'family'] as const;
export type NamePart = (typeof NAME_PARTS)[number];
export type NameParts = Readonly<Record<NamePart, string>>;

/** Parts that may be left empty (the name as given); the others are required. */
export const OPTIONAL_NAME_PARTS: readonly NamePart[] = ['grandfather'];
export const isNamePartRequired = (part: NamePart): boolean => !OPTIONAL_NAME_PARTS.includes(part);

/** Error codes of one name part; also i18n keys under `errors.`. */
export type NamePartError = 'name.required' | 'name.too-long' | 'name.not-arabic';
/** Per-part errors; a part without an entry is valid. */
export type NamePartErrors = Readonly<Partial<Record<NamePart, NamePartError>>>;

/** Characters per part, counted after cleaning (tashkeel included, as it is stored). */
export const NAME_PART_MAX_LENGTH = BENEFICIARY_LIMITS.namePart;

/**
 * Allowed in a name part: Arabic-script letters and marks (tashkeel, tatweel, Persian
 * letters included, since the key folds them), spaces and the hyphen. Digits, Latin
 * and punctuation are not a name: they are refused rather than silently removed so the
 * receptionist sees what was pasted. Script_Extensions, not Script, because tashkeel
 * (Inherited) and tatweel (Common) are shared with other scripts.
 */
const NAME_CHARACTERS = /^(?:[ -]|(?=\p{Script_Extensions=Arabic})[\p{L}\p{M}])+$/u;
const ARABIC_LETTER = /(?=\p{Script=Arabic})\p{L}/u;

/**
 * Cleans and checks one name part: invisible characters (WhatsApp paste) stripped,
 * whitespace collapsed. Returns the cleaned display text, not the key; '' for an empty
 * part that is not `required`.
 */
export function validateNamePart(input: string, required = true): Result<string, NamePartError> {
  const cleaned = cleanTextInput(input);
  if (cleaned === '') return required ? err('name.required') : ok('');
  if ([...cleaned].length > NAME_PART_MAX_LENGTH) return err('name.too-long');
  // A tatweel or a lone mark is not a name, hence the separate letter check.
  if (!NAME_CHARACTERS.test(cleaned) || !ARABIC_LETTER.test(cleaned)) return err('name.not-arabic');
  return ok(cleaned);
}

/**
 * Checks all four parts; every part but the optional ones is required. On success the
 * cleaned parts, otherwise the error of each invalid part.
 */
export function validateNameParts(parts: NameParts): Result<NameParts, NamePartErrors> {
  const cleaned: Partial<Record<NamePart, string>> = {};
  const errors: Partial<Record<NamePart, NamePartError>> = {};
  for (const part of NAME_PARTS) {
    const result = validateNamePart(parts[part], isNamePartRequired(part));
    if (result.ok) cleaned[part] = result.value;
    else errors[part] = result.error;
  }
  if (Object.keys(errors).length > 0) return err(errors);
  return ok({
    first: cleaned.first ?? '',
    father: cleaned.father ?? '',
    grandfather: cleaned.grandfather ?? '',
    family: cleaned.family ?? '',
  });
}

/** The full name for display, parts in reading order separated by single spaces. */
export function fullArabicName(parts: NameParts): string {
  return NAME_PARTS.map((part) => cleanTextInput(parts[part]))
    .filter((text) => text !== '')
    .join(' ');
}

/** The matching key of a name: the key of the full name (three words when the grandfather is empty). */
export function nameKeyOfParts(parts: NameParts): string {
  return arabicNameKey(fullArabicName(parts));
}
