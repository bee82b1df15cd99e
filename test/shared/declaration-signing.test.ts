/**
 * The desk's Ed25519 seal over a declaration, with Node 24's WebCrypto (the API the renderer
 * uses in Chromium): seal → valid; any stored change → tampered; a forged or foreign
 * signature → signature-invalid; a key this desk has not got → unknown-key.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { DeclarationDoc } from '@shared/db/schemas/declaration.schema';
import { padSignatureImage } from '@shared/declaration/image';
import { publicKeyId, sealDeclaration, verifyDeclaration } from '@shared/declaration/signing';
import { toBase64 } from '@shared/declaration/encoding';
import { deskKeys, digest, verifyEd25519, type DeskKeys } from '../fixtures/declaration/crypto';
import { padDrawingPng } from '../fixtures/declaration/pad-image';
import { sampleDoc, sampleSnapshot } from '../fixtures/declaration/samples';

let desk: DeskKeys;
let other: DeskKeys;
let keys: Map<string, CryptoKey>;
let padDoc: DeclarationDoc;
let paperDoc: DeclarationDoc;

beforeAll(async () => {
  desk = await deskKeys('');
  const keyId = await publicKeyId(desk.rawPublicKey, digest);
  desk = { ...desk, signer: { keyId, sign: desk.signer.sign } };
  other = await deskKeys('ed25519:other');
  keys = new Map([[keyId, desk.publicKey], ['ed25519:other', other.publicKey]]);
  const image = await padSignatureImage(padDrawingPng(), digest);
  if (!image.ok) throw new Error('the pad drawing is a PNG');
  const base = sampleDoc(sampleSnapshot({ requirements: 4 }));
  const pad = { ...base, signature: { method: 'pad' as const, image: image.value, signedAt: base.createdAt }, signedAt: base.createdAt };
  padDoc = { ...pad, ...(await sealDeclaration(pad, digest, desk.signer)) };
  paperDoc = { ...base, ...(await sealDeclaration(base, digest, desk.signer)) };
});

const verify = (doc: DeclarationDoc): ReturnType<typeof verifyDeclaration> => verifyDeclaration(doc, keys, digest, verifyEd25519);
const copy = (doc: DeclarationDoc): DeclarationDoc => structuredClone(doc);

describe('seal and verify', () => {
  test('a sealed declaration verifies, on screen (pad) and on paper', async () => {
    expect(padDoc.deskKeyId).toMatch(/^ed25519:[0-9a-f]{16}$/);
    expect(padDoc.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.from(padDoc.deskSignature, 'base64')).toHaveLength(64);
    expect(await verify(padDoc)).toEqual({ status: 'valid' });
    expect(await verify(paperDoc)).toEqual({ status: 'valid' });
  });

  test('still valid after a round trip through storage (JSON, keys reordered)', async () => {
    const stored = JSON.parse(JSON.stringify(padDoc)) as DeclarationDoc;
    const reordered = Object.fromEntries(Object.entries(stored).reverse()) as DeclarationDoc;
    expect(await verify(reordered)).toEqual({ status: 'valid' });
  });

  test('paper: attaching the scan later keeps the printed hash valid', async () => {
    const scanned = copy(paperDoc);
    scanned.signature = { method: 'paper-scan', image: { sha256: 'ab'.repeat(32), type: 'application/pdf', size: 123456 }, signedAt: '2026-02-18T12:00:00.000Z' };
    scanned.signedAt = scanned.signature.signedAt;
    expect(await verify(scanned)).toEqual({ status: 'valid' });
  });
});

describe('tampering', () => {
  const tampered = { status: 'tampered', reason: 'hash-mismatch' };

  test('a changed snapshot field → hash-mismatch', async () => {
    const edits: Array<(doc: DeclarationDoc) => void> = [
      (doc) => (doc.snapshot.beneficiary.nationalId = '1012345679'),
      (doc) => (doc.snapshot.beneficiary.fullName = doc.snapshot.beneficiary.fullName.replace('مُحَمَّد', 'محمد')),
      (doc) => doc.snapshot.request.requirements.pop(),
      (doc) => (doc.snapshot.due.hijri = '٢٧ رمضان ١٤٤٧ هـ'),
      (doc) => (doc.declarationNumber = 'RYD1-D2026-000002'),
      (doc) => (doc.version = 2),
    ];
    for (const edit of edits) {
      const doc = copy(padDoc);
      edit(doc);
      expect(await verify(doc)).toEqual(tampered);
    }
  });

  test('a changed signature drawing → hash-mismatch, whether or not its sha256 was updated too', async () => {
    const other = await padSignatureImage(padDrawingPng().map((byte, i) => (i === 200 ? byte ^ 1 : byte)), digest);
    const swappedBytes = copy(padDoc);
    if (!swappedBytes.signature.image) throw new Error('pad image expected');
    swappedBytes.signature.image.data = toBase64(padDrawingPng().map((byte, i) => (i === 200 ? byte ^ 1 : byte)));
    expect(await verify(swappedBytes)).toEqual(tampered);
    const swappedWhole = copy(padDoc);
    swappedWhole.signature.image = other.ok ? other.value : null;
    expect(await verify(swappedWhole)).toEqual(tampered);
    const removed = copy(padDoc);
    removed.signature.image = null;
    expect(await verify(removed)).toEqual(tampered);
  });

  test('a recomputed hash without the desk key → signature-invalid', async () => {
    const doc = copy(padDoc);
    doc.snapshot.beneficiary.familyCount = 9;
    // The forger recomputes the hash (it is public knowledge how) but cannot sign it.
    const resealed = await sealDeclaration(doc, digest, { keyId: doc.deskKeyId, sign: other.signer.sign });
    expect(await verify({ ...doc, ...resealed })).toEqual({ status: 'tampered', reason: 'signature-invalid' });
  });

  test('a forged or damaged signature → signature-invalid', async () => {
    const zeros = { ...copy(padDoc), deskSignature: toBase64(new Uint8Array(64)) };
    expect(await verify(zeros)).toEqual({ status: 'tampered', reason: 'signature-invalid' });
    const short = { ...copy(padDoc), deskSignature: toBase64(new Uint8Array(10)) };
    expect(await verify(short)).toEqual({ status: 'tampered', reason: 'signature-invalid' });
    const notBase64 = { ...copy(padDoc), deskSignature: '%%%' };
    expect(await verify(notBase64)).toEqual({ status: 'tampered', reason: 'signature-invalid' });
    // Another desk's genuine signature, claimed under this desk's key.
    const foreign = await sealDeclaration(padDoc, digest, { keyId: padDoc.deskKeyId, sign: other.signer.sign });
    expect(await verify({ ...copy(padDoc), deskSignature: foreign.deskSignature })).toEqual({ status: 'tampered', reason: 'signature-invalid' });
  });

  test('a key this desk does not know → unknown-key', async () => {
    expect(await verify({ ...copy(padDoc), deskKeyId: 'ed25519:0000000000000000' })).toEqual({ status: 'unknown-key' });
    expect(await verifyDeclaration(padDoc, new Map<string, CryptoKey>(), digest, verifyEd25519)).toEqual({ status: 'unknown-key' });
  });

  test('the pad image must be a PNG', async () => {
    expect(await padSignatureImage(new TextEncoder().encode('not an image at all'), digest)).toEqual({ ok: false, error: 'image.not-an-image' });
  });
});
