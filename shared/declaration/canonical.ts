/**
 * The canonical form of a declaration: the exact bytes that are hashed and signed. Any desk,
 * any process, any key order in storage must give the same bytes for the same content:
 * - objects: keys sorted by UTF-16 code units (as JSON Canonicalization, RFC 8785), keys and
 *   strings NFC-normalized (a name typed with a different mark order still matches), members
 *   whose value is `undefined` left out;
 * - arrays: kept in order (requirement order is part of what was declared);
 * - numbers: integers only (no float formatting questions), no whitespace anywhere.
 */
import type { DeclarationDoc, DeclarationSnapshot } from '../db/schemas/declaration.schema';
import { toHex, utf8 } from './encoding';

export type CanonicalValue = string | number | boolean | null | readonly CanonicalValue[] | { readonly [key: string]: CanonicalValue | undefined };

/** A hash function over bytes: WebCrypto `subtle.digest('SHA-256', …)` in the app, node:crypto in tests. */
export type Digest = (bytes: Uint8Array) => Promise<Uint8Array>;

export function canonicalJson(value: CanonicalValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.normalize('NFC'));
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new RangeError(`canonical form takes integers only, got ${value}`);
    return String(value);
  }
  if (Array.isArray(value)) return `[${(value as readonly CanonicalValue[]).map(canonicalJson).join(',')}]`;
  const members = new Map<string, CanonicalValue>();
  for (const [key, member] of Object.entries(value as Record<string, CanonicalValue | undefined>)) {
    if (member === undefined) continue;
    const normalized = key.normalize('NFC');
    if (members.has(normalized)) throw new RangeError(`duplicate key after NFC: ${normalized}`);
    members.set(normalized, member);
  }
  const keys = [...members.keys()].sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(members.get(key) ?? null)}`).join(',')}}`;
}

/** Names the format inside the hashed bytes, so a future layout can never collide with this one. */
export const CANONICAL_FORMAT = 'wasl-declaration/1';

/**
 * What the hash covers: the identity of the declaration (so a valid hash cannot be moved onto
 * another record or number), the snapshot, and the signature method with the image's hash.
 * The image hash is null for paper: the QR printed on the paper must hold the hash before the
 * wet signature exists (the scan is attached later and freezes the record).
 */
export type DeclarationContent = Pick<DeclarationDoc, 'id' | 'declarationNumber' | 'version' | 'supersedes' | 'requestId' | 'beneficiaryId'> & {
  snapshot: DeclarationSnapshot;
  signature: { method: DeclarationDoc['signature']['method']; imageSha256: string | null };
};

export function canonicalDeclarationBytes(content: DeclarationContent): Uint8Array {
  const value: CanonicalValue = {
    format: CANONICAL_FORMAT,
    id: content.id,
    declarationNumber: content.declarationNumber,
    version: content.version,
    supersedes: content.supersedes,
    requestId: content.requestId,
    beneficiaryId: content.beneficiaryId,
    snapshot: content.snapshot,
    signature: { method: content.signature.method, imageSha256: content.signature.method === 'pad' ? content.signature.imageSha256 : null },
  };
  return utf8(canonicalJson(value));
}

/** Lower-case hex SHA-256 of the canonical bytes. */
export async function declarationHash(canonicalBytes: Uint8Array, digest: Digest): Promise<string> {
  return toHex(await digest(canonicalBytes));
}
