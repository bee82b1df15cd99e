/**
 * Saudi mobile numbers: accepted in every way people write them, stored in one form,
 * E.164 `+9665XXXXXXXX`, so equality, duplicate checks and blind indexes work.
 *
 * Saudi numbering (country code 966, trunk prefix 0):
 * - mobiles: national number of 9 digits starting with 5 (05X XXX XXXX);
 * - landlines: 9 digits, area code 11–14, 16, 17 then 7 digits (011 XXX XXXX in Riyadh);
 * - unified 92XX XXXXX (9 digits starting with 9) and toll-free 800 XXX XXXX (10 digits).
 * Any 5X operator prefix is accepted on purpose: operators and MVNOs get new 5X ranges,
 * and refusing a real number at the counter is worse than accepting a new range.
 */
import { err, ok, type Result } from '../result';
import { compactIdentifier, stripInvisible } from './text-normalize';

/** Error codes of {@link normalizeSaudiMobile}; also i18n keys under `errors.`. */
export type MobileError = 'mobile.required' | 'mobile.format' | 'mobile.not-mobile';

const COUNTRY_CODE = '966';
const E164_MOBILE = /^\+9665\d{8}$/;

/**
 * Normalizes a typed Saudi mobile number to `+9665XXXXXXXX`.
 *
 * Accepted: `05XXXXXXXX`, `5XXXXXXXX`, `9665XXXXXXXX`, `+9665…`, `009665…`, and the
 * trunk zero people keep after the country code (`+966 05…`, `+966 (0) 5…`), with
 * spaces, dashes, dots, parentheses, invisible characters and Arabic-Indic digits.
 *
 * Errors: `mobile.required` (empty), `mobile.not-mobile` (a well-formed Saudi landline,
 * toll-free or unified number), `mobile.format` (anything else: letters, wrong length,
 * another country's code).
 */
export function normalizeSaudiMobile(input: string): Result<string, MobileError> {
  if (stripInvisible(input).trim() === '') return err('mobile.required');
  const compact = compactIdentifier(input);
  const national = nationalNumber(compact);
  if (national === null) return err('mobile.format');
  if (/^5\d{8}$/.test(national)) return ok(`+${COUNTRY_CODE}${national}`);
  if (isSaudiNonMobile(national)) return err('mobile.not-mobile');
  return err('mobile.format');
}

/**
 * The national significant number (without country code or trunk 0), or null when the
 * input is not a Saudi number at all (letters, a foreign country code, a stray `+`).
 */
function nationalNumber(compact: string): string | null {
  // A bare `966…` counts as international only when long enough to hold a number
  // after the code; shorter, it is a domestic number that happens to start with 966.
  const international = compact.startsWith('+')
    ? compact.slice(1)
    : compact.startsWith('00')
      ? compact.slice(2)
      : compact.startsWith(COUNTRY_CODE) && compact.length >= 11
        ? compact
        : null;
  const digits = international ?? compact;
  if (!/^\d+$/.test(digits)) return null;
  if (international === null) return stripTrunkZero(digits);
  if (!digits.startsWith(COUNTRY_CODE)) return null;
  return stripTrunkZero(digits.slice(COUNTRY_CODE.length));
}

/** People keep the domestic trunk 0 after the country code (`+966 05…`); drop it. */
function stripTrunkZero(digits: string): string {
  return digits.startsWith('0') ? digits.slice(1) : digits;
}

/**
 * A well-formed Saudi number that is not a mobile: landline `1X XXX XXXX` with the area
 * codes 11–14, 16, 17 (and the pre-2007 one-digit codes 1–4, 6, 7), unified `9X XXX XXXX`,
 * toll-free `800 XXX XXXX`. A short number starting with 5 is a mistyped mobile instead.
 */
const SAUDI_NON_MOBILE = [/^1[1-467]\d{7}$/, /^[1-467]\d{7}$/, /^9\d{8}$/, /^800\d{7}$/];

function isSaudiNonMobile(national: string): boolean {
  return SAUDI_NON_MOBILE.some((pattern) => pattern.test(national));
}

/** True for a value already in the stored form `+9665XXXXXXXX`. */
export function isNormalizedMobile(value: string): boolean {
  return E164_MOBILE.test(value);
}

/**
 * The 9-digit core (`5XXXXXXXX`) of a normalized mobile, the input of the blind index:
 * the core, not the E.164 string, so the index stays valid if the stored form changes.
 * Throws on a value that is not normalized: that is a programming error, not user input.
 */
export function mobileCore(e164: string): string {
  if (!isNormalizedMobile(e164)) throw new RangeError('mobileCore expects +9665XXXXXXXX');
  return e164.slice(1 + COUNTRY_CODE.length);
}

/** Options for {@link formatMobileForDisplay}. */
export interface MobileDisplayOptions {
  /** `+966 5X XXX XXXX` instead of the domestic `05X XXX XXXX`. */
  readonly international?: boolean;
}

/**
 * Groups a normalized mobile for reading aloud and dialling at the counter:
 * `050 123 4567` (domestic, what Saudis write) or `+966 50 123 4567`.
 * ASCII digits; in RTL text the caller wraps it in an LTR isolate (`<bdi dir="ltr">`),
 * or the groups render in reverse order. A value that is not normalized is returned as is.
 */
export function formatMobileForDisplay(e164: string, options: MobileDisplayOptions = {}): string {
  if (!isNormalizedMobile(e164)) return e164;
  const core = mobileCore(e164);
  const groups = `${core.slice(2, 5)} ${core.slice(5)}`;
  return options.international
    ? `+${COUNTRY_CODE} ${core.slice(0, 2)} ${groups}`
    : `0${core.slice(0, 2)} ${groups}`;
}
