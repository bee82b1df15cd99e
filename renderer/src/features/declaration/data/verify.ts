/**
 * The verification screen's check: find the declaration a printed code names, recompute its hash
 * from what is stored, check the desk's signature with the public keys the catalog holds, and
 * compare the code with the stored hash. A record that cannot even be read back (its encrypted
 * part damaged) is reported as tampered, never as "not found".
 */
import { readPublishedKeys, webDigest } from '@renderer/db/desk-keys';
import type { WaslDatabase } from '@renderer/db/database';
import type { DeclarationDoc } from '@shared/db/schemas/declaration.schema';
import { verifyDeclaration, type VerificationResult } from '@shared/declaration/signing';
import { codeMatches, parseVerificationInput, type VerificationInputError } from '@shared/declaration/verification-code';

export type VerificationOutcome =
  | { status: 'input-error'; error: VerificationInputError }
  | { status: 'not-found' }
  /** The record exists but is unreadable, or it no longer matches its own hash or the desk's signature. */
  | { status: 'tampered'; reason: 'hash-mismatch' | 'signature-invalid' | 'unreadable'; doc: DeclarationDoc | null }
  /**
   * The code names a number but none of its versions: whoever typed it holds no paper of this record,
   * so nothing of it is shown (policy 6b: personal data only to whom it concerns).
   */
  | { status: 'tampered'; reason: 'code-mismatch'; doc: null }
  | { status: 'unknown-key'; doc: DeclarationDoc }
  | { status: 'valid'; doc: DeclarationDoc };

/** The stored candidates a code names: by id (QR) or by number (short code), every version. */
async function candidates(db: WaslDatabase, selector: { id: string } | { declarationNumber: string }): Promise<DeclarationDoc[] | 'unreadable'> {
  try {
    const docs = await db.declarations.find({ selector }).exec();
    return docs.map((doc) => doc.toMutableJSON());
  } catch {
    // RxDB decrypts while reading: a flipped byte in the ciphertext fails here.
    return 'unreadable';
  }
}

async function checkDoc(db: WaslDatabase, doc: DeclarationDoc): Promise<VerificationResult> {
  const keys = await readPublishedKeys(db);
  const verify = async (key: CryptoKey, signature: Uint8Array, message: Uint8Array) =>
    crypto.subtle.verify('Ed25519', key, signature as Uint8Array<ArrayBuffer>, message as Uint8Array<ArrayBuffer>);
  try {
    return await verifyDeclaration(doc, keys, webDigest(), verify);
  } catch {
    // A snapshot that no longer has the shape the canonical form takes (e.g. a number turned float).
    return { status: 'tampered', reason: 'hash-mismatch' };
  }
}

export async function verifyCode(db: WaslDatabase, text: string): Promise<VerificationOutcome> {
  const parsed = parseVerificationInput(text);
  if (!parsed.ok) return { status: 'input-error', error: parsed.error };
  const input = parsed.value;
  const found = await candidates(db, input.kind === 'qr' ? { id: input.id } : { declarationNumber: input.declarationNumber });
  if (found === 'unreadable') return { status: 'tampered', reason: 'unreadable', doc: null };
  if (found.length === 0) return { status: 'not-found' };
  // The version whose stored hash the code names; a number whose versions all differ is a forged or altered record.
  const doc = found.find((candidate) => codeMatches(candidate, input));
  if (!doc) return { status: 'tampered', reason: 'code-mismatch', doc: null };
  const result = await checkDoc(db, doc);
  if (result.status === 'valid') return { status: 'valid', doc };
  if (result.status === 'unknown-key') return { status: 'unknown-key', doc };
  return { status: 'tampered', reason: result.reason, doc };
}
