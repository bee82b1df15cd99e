/**
 * Signing a declaration: on the pad (the drawing goes into the sealed record, which is then
 * immutable), or on paper (sealed with an empty signature box and printed; the request waits
 * for the scan of the signed paper, whose attachment freezes the record). Every print, save
 * and download of a declaration is recorded in the audit log.
 */
import { getFileStore } from '@renderer/db/file-store';
import { webDigest } from '@renderer/db/desk-keys';
import type { DeclarationDoc } from '@shared/db/schemas/declaration.schema';
import { fromBase64 } from '@shared/declaration/encoding';
import { padSignatureImage, sniffImageType } from '@shared/declaration/image';
import { refreshSnapshot } from './create-declaration';
import type { DeclarationDeps, DeclarationErrorCode } from './deps';
import type { Result } from '@shared/result';
import { audit, fail, modifyUnsigned, readDeclaration } from './declaration-write';

/** The bytes of a base64 data URL, or null. */
function dataUrlBytes(dataUrl: string): Uint8Array | null {
  const match = /^data:[\w.+-]+\/[\w.+-]+;base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl.trim());
  return match ? fromBase64(match[1] ?? '') : null;
}

/** Once signed, the request records the step (deps.onSigned); the declaration stays signed either way. */
async function recorded(deps: DeclarationDeps, signed: Result<DeclarationDoc, DeclarationErrorCode>): Promise<Result<DeclarationDoc, DeclarationErrorCode>> {
  if (!signed.ok || !deps.onSigned) return signed;
  return (await deps.onSigned(signed.value)) ? signed : fail('declaration.step-not-recorded');
}

/**
 * Signs with the pad's PNG (`pngDataUrl`; '' or null = the pad was left empty). The snapshot is
 * taken again at this moment, so the paper states what the file says when it is signed.
 */
export async function signOnPad(deps: DeclarationDeps, id: string, pngDataUrl: string | null): Promise<Result<DeclarationDoc, DeclarationErrorCode>> {
  return recorded(deps, await modifyUnsigned(deps, id, 'declaration.sign-pad', async (doc) => {
    if (!pngDataUrl) return fail('declaration.signature-required');
    const bytes = dataUrlBytes(pngDataUrl);
    if (!bytes) return fail('image.not-an-image');
    const image = await padSignatureImage(bytes, webDigest());
    if (!image.ok) return image;
    const fresh = await refreshSnapshot(deps, doc);
    if (!fresh.ok) return fresh;
    const at = deps.now().toISOString();
    return { ok: true, value: { ...fresh.value, signature: { method: 'pad', image: image.value, signedAt: at }, signedAt: at } };
  }));
}

/**
 * Seals the declaration for a paper signature (the QR and short code printed on the paper hold
 * this hash). Printing it again reprints the same record, unchanged.
 */
export async function printForPaper(deps: DeclarationDeps, id: string): Promise<Result<DeclarationDoc, DeclarationErrorCode>> {
  const stored = await readDeclaration(deps, id);
  if (stored?.signature.method === 'paper-scan' && stored.signedAt === '') return { ok: true, value: stored };
  return modifyUnsigned(deps, id, 'declaration.print-for-paper', async (doc) => {
    const fresh = await refreshSnapshot(deps, doc);
    if (!fresh.ok) return fresh;
    return { ok: true, value: { ...fresh.value, signature: { method: 'paper-scan', image: null, signedAt: '' } } };
  });
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** What the scan really is, by its bytes (a renamed text file is not a scan). */
function scanType(bytes: Uint8Array): 'application/pdf' | 'image/png' | 'image/jpeg' | null {
  if (PDF_MAGIC.every((byte, i) => bytes[i] === byte)) return 'application/pdf';
  return sniffImageType(bytes);
}

/** Attaches the scan of the signed paper (an image or a PDF): the declaration is then signed and frozen. */
export async function attachSignedScan(deps: DeclarationDeps, id: string, file: Blob, name: string): Promise<Result<DeclarationDoc, DeclarationErrorCode>> {
  return recorded(deps, await modifyUnsigned(deps, id, 'declaration.attach-scan', async (doc) => {
    if (doc.signature.method !== 'paper-scan') return fail('declaration.not-paper');
    if (file.size === 0) return fail('file.empty');
    // The first bytes are enough to tell; the size rule is the file store's (checked before reading all).
    const type = scanType(new Uint8Array(await file.slice(0, 16).arrayBuffer()));
    if (!type) return fail('declaration.scan-type');
    const files = deps.files ?? (await getFileStore());
    const stored = await files.putFile(file, name, type);
    if (!stored.ok) return fail(stored.error);
    const at = deps.now().toISOString();
    const image = { sha256: stored.value.sha256, type: stored.value.type, size: stored.value.size };
    return { ok: true, value: { ...doc, signature: { method: 'paper-scan', image, signedAt: at }, signedAt: at } };
  }));
}

export type DeclarationOutput = 'download' | 'print' | 'save' | 'preview';

/** Records that the declaration left the app (or was shown whole) in the audit log. */
export async function recordOutput(deps: DeclarationDeps, id: string, output: DeclarationOutput): Promise<void> {
  await audit(deps, `declaration.${output}`, id);
}
