import { err, ok, type Result } from '../result';

export type DeskCodeError = 'desk-code.empty' | 'desk-code.format' | 'desk-code.reserved';

/** The public complaint page numbers its cases as desk 'WEB' (shared/numbers/human-number.ts): no desk may take it. */
const RESERVED_CODES: readonly string[] = ['WEB'];

/** 2–6 Latin capitals or digits: the code becomes part of every file number, so it stays ASCII. */
const DESK_CODE = /^[A-Z0-9]{2,6}$/;

/**
 * Normalises a typed desk code (trim, upper-case) and checks it.
 * Only ASCII is upper-cased on purpose: `toUpperCase` would turn e.g. 'ß' into 'SS'
 * and let a non-Latin letter sneak through as Latin.
 */
export function validateDeskCode(input: string): Result<string, DeskCodeError> {
  const code = input.trim().replace(/[a-z]/g, (c) => c.toUpperCase());
  if (code.length === 0) return err('desk-code.empty');
  if (!DESK_CODE.test(code)) return err('desk-code.format');
  if (RESERVED_CODES.includes(code)) return err('desk-code.reserved');
  return ok(code);
}
