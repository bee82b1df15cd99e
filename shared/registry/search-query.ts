/**
 * What a query typed into the one registry search box is looking for.
 *
 * National IDs and mobiles are secrets kept only as keyed hashes (blind indexes), so they
 * can be found on their full value only: a partial number matches nothing and the UI
 * should say "type the whole number" rather than show an empty list. Names and file
 * numbers are searched by prefix as the user types.
 */
import { nameQueryTokens } from './arabic-name';
import { HUMAN_SEQUENCE_DIGITS } from '../numbers/human-number';
import { normalizeFileNumberQuery } from './file-number';
import { normalizeSaudiMobile } from './mobile';
import { validateNationalId } from './national-id';
import { compactIdentifier, stripInvisible } from './text-normalize';

/** The classified query; `kind` tells the search which index to use. */
export type SearchQuery =
  | { readonly kind: 'empty' }
  /** Prefix search over name tokens; the last token is the word being typed. */
  | { readonly kind: 'name'; readonly tokens: readonly string[] }
  /** Exact lookup: 10 ASCII digits with a valid check digit. */
  | { readonly kind: 'national-id'; readonly nationalId: string }
  /** Exact lookup: normalized `+9665XXXXXXXX`. */
  | { readonly kind: 'mobile'; readonly mobile: string }
  /** Prefix search over {@link normalizeFileNumberQuery} forms. */
  | { readonly kind: 'file-number'; readonly prefix: string }
  /** Exact lookup of a file number's sequence ("000001" and "1" are both serial "1"), any desk or year. */
  | { readonly kind: 'file-serial'; readonly serial: string }
  /** Digits only, but not (yet) a whole valid ID or mobile: nothing can match. */
  | { readonly kind: 'partial-number' };

const ARABIC_LETTER = /(?=\p{Script=Arabic})\p{L}/u;
const LATIN_LETTER = /[A-Za-z]/;

/**
 * Classifies a search query. Arabic letters mean a name; Latin letters a file number
 * (desk codes are Latin, names are stored in Arabic); digits alone an ID or a mobile.
 * The two never collide: a valid ID is 10 digits starting with 1 or 2, a mobile
 * starts with 5, 05, 9665, +966 or 00966.
 */
export function classifySearchQuery(query: string): SearchQuery {
  const visible = stripInvisible(query).trim();
  if (visible === '') return { kind: 'empty' };
  if (ARABIC_LETTER.test(visible)) {
    const tokens = nameQueryTokens(query);
    return tokens.length > 0 ? { kind: 'name', tokens } : { kind: 'empty' };
  }
  if (LATIN_LETTER.test(visible)) {
    const prefix = normalizeFileNumberQuery(visible);
    return prefix === '' ? { kind: 'empty' } : { kind: 'file-number', prefix };
  }
  if (!/^\+?\d+$/.test(compactIdentifier(visible))) return { kind: 'empty' };
  const nationalId = validateNationalId(visible);
  if (nationalId.ok) return { kind: 'national-id', nationalId: nationalId.value.value };
  const mobile = normalizeSaudiMobile(visible);
  if (mobile.ok) return { kind: 'mobile', mobile: mobile.value };
  const serial = fileSerialOf(visible);
  return serial === null ? { kind: 'partial-number' } : { kind: 'file-serial', serial };
}

/**
 * The sequence part of a file number as staff read it off a paper ("000123", "123"): digits
 * only, at most one more than the padded width (a 7-digit sequence), leading zeros dropped.
 * Null when it cannot be a sequence. Index `fileSerialOf` of the number's last part, look
 * up the query's: an exact match, so "1" finds sequence 1 and not 10 or 100.
 */
export function fileSerialOf(text: string): string | null {
  const digits = compactIdentifier(stripInvisible(text));
  if (!/^\d+$/.test(digits) || digits.length > HUMAN_SEQUENCE_DIGITS + 1) return null;
  const serial = digits.replace(/^0+/, '');
  return serial === '' ? null : serial;
}
