/**
 * Saudi national ID (citizens, first digit 1) and Iqama (residents, first digit 2).
 *
 * Both are 10 digits whose last digit is a Luhn check digit. The algorithm published
 * for Saudi IDs (double the digits in odd positions 1,3,5,7,9 counting from the left,
 * sum the digits of each product, add the even positions, total % 10 === 0) is exactly
 * Luhn over 10 digits: Luhn doubles every second digit counting from the check digit,
 * and with 10 digits those are the odd positions from the left.
 */
import { err, ok, type Result } from '../result';
import { compactIdentifier, stripInvisible } from './text-normalize';
import { BENEFICIARY_LIMITS, type NATIONAL_ID_KINDS } from '../db/schemas/beneficiary.schema';

/** Error codes of {@link validateNationalId}; also i18n keys under `errors.`. */
export type NationalIdError =
  | 'national-id.required'
  | 'national-id.length'
  | 'national-id.digits'
  | 'national-id.first-digit'
  | 'national-id.checksum';

/** Who the number belongs to, read from its first digit. */
export type NationalIdKind = (typeof NATIONAL_ID_KINDS)[number];

/** A validated number: 10 ASCII digits, no separators. */
export interface ValidNationalId {
  readonly value: string;
  readonly kind: NationalIdKind;
}

export const NATIONAL_ID_LENGTH = BENEFICIARY_LIMITS.nationalId;

/**
 * The Luhn check digit for a run of ASCII digits (the digits before the check digit).
 * Throws on anything else: callers pass already-validated digits.
 */
export function luhnCheckDigit(payload: string): number {
  if (!/^\d+$/.test(payload)) throw new RangeError('luhnCheckDigit expects ASCII digits');
  let sum = 0;
  // Walk from the right: the digit next to the (missing) check digit is doubled first.
  for (let i = payload.length - 1, double = true; i >= 0; i--, double = !double) {
    let digit = payload.charCodeAt(i) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** True when the last digit of `digits` is the Luhn check digit of the others. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  return luhnCheckDigit(digits.slice(0, -1)) === digits.charCodeAt(digits.length - 1) - 48;
}

/**
 * Completes 9 digits into a valid 10-digit number by appending the check digit.
 * For synthetic fixtures, tests and benchmarks only: never type real people's IDs.
 */
export function completeNationalId(first9: string): string {
  if (!/^[12]\d{8}$/.test(first9)) {
    throw new RangeError('completeNationalId expects 9 ASCII digits starting with 1 or 2');
  }
  return first9 + String(luhnCheckDigit(first9));
}

/**
 * Validates a national ID or Iqama as typed: Arabic-Indic digits, spaces, dashes,
 * dots, parentheses and invisible characters are accepted and normalized away.
 *
 * Errors are checked in the order a person fixes them: empty, then non-digits, then
 * length, then the first digit, and only a well-formed number reaches the checksum.
 */
export function validateNationalId(input: string): Result<ValidNationalId, NationalIdError> {
  if (stripInvisible(input).trim() === '') return err('national-id.required');
  const digits = compactIdentifier(input);
  if (!/^\d+$/.test(digits)) return err('national-id.digits');
  if (digits.length !== NATIONAL_ID_LENGTH) return err('national-id.length');
  const kind = kindOf(digits);
  if (kind === null) return err('national-id.first-digit');
  if (!passesLuhn(digits)) return err('national-id.checksum');
  return ok({ value: digits, kind });
}

function kindOf(digits: string): NationalIdKind | null {
  if (digits.startsWith('1')) return 'citizen';
  if (digits.startsWith('2')) return 'resident';
  return null;
}
