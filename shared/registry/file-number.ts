/**
 * File numbers in search. Their format, parsing and next sequence are the file kind of the
 * human numbers (shared/numbers/human-number.ts: `<DESK>-<YYYY>-<NNNNNN>`).
 */
import { upperAscii } from '../numbers/human-number';
import { normalizeDigits, stripInvisible } from './text-normalize';

/**
 * The form of a file number (or the start of one) for prefix search: upper-case ASCII
 * letters and digits, with every separator removed. Index `normalizeFileNumberQuery(fileNumber)`
 * and look up `normalizeFileNumberQuery(query)` as a prefix, so "ryd1 ٢٠٢٦", "RYD1-2026-0001"
 * and "RYD120260001" all find RYD1-2026-000123. Dropping the dashes keeps full numbers
 * distinct: with a 4-digit year and a 6-digit sequence the length fixes where the desk
 * code ends (only a sequence past 999999 could make two desks' numbers look alike).
 */
export function normalizeFileNumberQuery(query: string): string {
  return upperAscii(normalizeDigits(stripInvisible(query))).replace(/[^A-Z0-9]/g, '');
}
