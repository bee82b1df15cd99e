/**
 * What is printed to find and check a declaration again: the short code (typed by a person)
 * and the QR payload (read by a scanner that types like a keyboard).
 *
 * QR payload: `WASL-DECL:1:<ID>:<HASH>`, upper case on purpose: QR's alphanumeric mode
 * (0-9 A-Z space $%*+-./:) holds it in a smaller, sturdier code than byte mode. It carries the
 * declaration id and the FULL hash, not a short one, so a scan can be checked against every bit.
 * Short code: `<declaration number>-<first 12 hex of the hash>`, e.g. RYD1-D2026-000001-3fa2b9c01d4e.
 */
import type { DeclarationDoc } from '../db/schemas/declaration.schema';
import { normalizeDigits, stripInvisible } from '../registry/text-normalize';
import { formatHumanNumber, parseHumanNumber } from '../numbers/human-number';
import type { Result } from '../result';

export const QR_PREFIX = 'WASL-DECL';
export const QR_FORMAT_VERSION = 1;
export const SHORT_HASH_LENGTH = 12;

export function shortCode(declarationNumber: string, hashHex: string): string {
  return `${declarationNumber}-${hashHex.slice(0, SHORT_HASH_LENGTH).toLowerCase()}`;
}

export function qrPayload(id: string, hashHex: string): string {
  return `${QR_PREFIX}:${QR_FORMAT_VERSION}:${id}:${hashHex}`.toUpperCase();
}

export type VerificationInput =
  | { kind: 'qr'; id: string; hash: string }
  | { kind: 'short-code'; declarationNumber: string; hashPrefix: string };

export type VerificationInputError = 'verification.empty' | 'verification.format' | 'verification.qr-version';

/** Case, Arabic-Indic digits, invisible characters, dash variants and stray spaces forgiven. */
export function parseVerificationInput(text: string): Result<VerificationInput, VerificationInputError> {
  const clean = normalizeDigits(stripInvisible(text.normalize('NFKC')))
    .trim()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, '');
  if (clean === '') return { ok: false, error: 'verification.empty' };
  const upper = clean.toUpperCase();
  if (upper.startsWith(`${QR_PREFIX}:`)) {
    const match = /^WASL-DECL:(\d+):([0-9A-Z-]{1,36}):([0-9A-F]{64})$/.exec(upper);
    if (!match) return { ok: false, error: 'verification.format' };
    const [, version = '', id = '', hash = ''] = match;
    if (Number(version) !== QR_FORMAT_VERSION) return { ok: false, error: 'verification.qr-version' };
    // Ids are lower-case UUIDs; the payload was upper-cased only for the QR's sake.
    return { ok: true, value: { kind: 'qr', id: id.toLowerCase(), hash: hash.toLowerCase() } };
  }
  const match = /^(.+)-([0-9A-F]{12})$/.exec(upper);
  const number = match ? parseHumanNumber('declaration', match[1] ?? '') : null;
  if (!match || !number) return { ok: false, error: 'verification.format' };
  return { ok: true, value: { kind: 'short-code', declarationNumber: formatHumanNumber('declaration', number), hashPrefix: (match[2] ?? '').toLowerCase() } };
}

/**
 * Whether the code on the paper names this stored record and its STORED hash. It does not
 * recompute anything: run verifyDeclaration for that; both must hold for "valid".
 */
export function codeMatches(doc: Pick<DeclarationDoc, 'id' | 'declarationNumber' | 'hash'>, input: VerificationInput): boolean {
  if (input.kind === 'qr') return doc.id === input.id && doc.hash === input.hash;
  return doc.declarationNumber === input.declarationNumber && doc.hash.startsWith(input.hashPrefix);
}
