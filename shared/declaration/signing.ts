/**
 * Sealing a declaration with the desk's Ed25519 key and checking the seal again. The crypto is
 * injected (shared/ stays pure): WebCrypto in the renderer —
 *   sign:   (m) => subtle.sign('Ed25519', privateKey, m)
 *   verify: (k, s, m) => subtle.verify('Ed25519', k, s, m)
 *   digest: (b) => subtle.digest('SHA-256', b)
 * — and the same WebCrypto (globalThis.crypto) or node:crypto in tests. The desk signs the 32
 * raw bytes of the hash; the hash already covers the id, number and version (canonical.ts).
 */
import type { DeclarationDoc, DeclarationSignature } from '../db/schemas/declaration.schema';
import { canonicalDeclarationBytes, declarationHash, type DeclarationContent, type Digest } from './canonical';
import { fromBase64, fromHex, toBase64, toHex } from './encoding';

export interface DeclarationSigner {
  /** Names the public key that checks this signature (see publicKeyId). */
  readonly keyId: string;
  sign(message: Uint8Array): Promise<Uint8Array>;
}

export type VerifySignature<K> = (publicKey: K, signature: Uint8Array, message: Uint8Array) => Promise<boolean>;

export type VerificationResult =
  | { status: 'valid' }
  | { status: 'tampered'; reason: 'hash-mismatch' | 'signature-invalid' }
  | { status: 'unknown-key' };

/** A stable id for a public key: 'ed25519:' + first 16 hex of SHA-256 of its raw 32 bytes. */
export async function publicKeyId(rawPublicKey: Uint8Array, digest: Digest): Promise<string> {
  return `ed25519:${toHex(await digest(rawPublicKey)).slice(0, 16)}`;
}

/** The pad image's hash as recomputed from its inline bytes; null for paper or no image. */
async function imageSha256(signature: DeclarationSignature, digest: Digest): Promise<string | null | 'mismatch'> {
  if (signature.method !== 'pad' || signature.image === null) return null;
  if (signature.image.data === undefined) return signature.image.sha256;
  const bytes = fromBase64(signature.image.data);
  if (bytes === null) return 'mismatch';
  const actual = toHex(await digest(bytes));
  // The stored sha256 must describe the bytes that are really there.
  return actual === signature.image.sha256 && bytes.length === signature.image.size ? actual : 'mismatch';
}

type Sealable = Omit<DeclarationContent, 'signature'> & { signature: DeclarationSignature };

function contentOf(doc: Sealable, image: string | null): DeclarationContent {
  return {
    id: doc.id,
    declarationNumber: doc.declarationNumber,
    version: doc.version,
    supersedes: doc.supersedes,
    requestId: doc.requestId,
    beneficiaryId: doc.beneficiaryId,
    snapshot: doc.snapshot,
    signature: { method: doc.signature.method, imageSha256: image },
  };
}

export type Seal = Pick<DeclarationDoc, 'hash' | 'deskSignature' | 'deskKeyId'>;

/**
 * Hash and sign. Throws when a pad image's stored sha256/size do not describe its bytes (a
 * programming error: the caller builds the image ref from the same bytes).
 */
export async function sealDeclaration(doc: Sealable, digest: Digest, signer: DeclarationSigner): Promise<Seal> {
  const image = await imageSha256(doc.signature, digest);
  if (image === 'mismatch') throw new Error('signature image does not match its sha256/size');
  const hash = await declarationHash(canonicalDeclarationBytes(contentOf(doc, image)), digest);
  const signature = await signer.sign(fromHex(hash) ?? new Uint8Array());
  return { hash, deskSignature: toBase64(signature), deskKeyId: signer.keyId };
}

/**
 * Recompute the hash from the stored snapshot and signature, compare it with the stored hash,
 * then check the desk's signature over it with the named public key.
 */
export async function verifyDeclaration<K>(
  doc: Sealable & Seal,
  publicKeys: ReadonlyMap<string, K>,
  digest: Digest,
  verify: VerifySignature<K>,
): Promise<VerificationResult> {
  const image = await imageSha256(doc.signature, digest);
  if (image === 'mismatch') return { status: 'tampered', reason: 'hash-mismatch' };
  const hash = await declarationHash(canonicalDeclarationBytes(contentOf(doc, image)), digest);
  if (hash !== doc.hash) return { status: 'tampered', reason: 'hash-mismatch' };
  const key = publicKeys.get(doc.deskKeyId);
  if (key === undefined) return { status: 'unknown-key' };
  const signature = fromBase64(doc.deskSignature);
  const message = fromHex(hash);
  if (signature === null || message === null) return { status: 'tampered', reason: 'signature-invalid' };
  // WebCrypto throws on a signature of the wrong length: that is a bad signature, not a crash.
  const valid = await verify(key, signature, message).catch(() => false);
  return valid ? { status: 'valid' } : { status: 'tampered', reason: 'signature-invalid' };
}
