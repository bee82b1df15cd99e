/**
 * Data-accuracy declarations (policy 3.3 d–f): canonical form and hash, Ed25519 seal,
 * verification codes, and the pdfmake document. Pure; crypto and the font come from the caller.
 */
export { canonicalDeclarationBytes, canonicalJson, CANONICAL_FORMAT, declarationHash } from './canonical';
export type { CanonicalValue, DeclarationContent, Digest } from './canonical';
export { buildDeclarationDocument, declarationDocumentInput } from './document';
export type { DeclarationDocumentInput, DeclarationDocumentOptions } from './document';
export { LABELS, STATEMENTS } from './document-text';
export { fromBase64, fromHex, toBase64, toHex } from './encoding';
export { checkImageDataUrl, padSignatureImage, signatureDataUrl, sniffImageType } from './image';
export type { ImageError, ImageType } from './image';
export { publicKeyId, sealDeclaration, verifyDeclaration } from './signing';
export type { DeclarationSigner, Seal, VerificationResult, VerifySignature } from './signing';
export { codeMatches, parseVerificationInput, qrPayload, QR_PREFIX, shortCode } from './verification-code';
export type { VerificationInput, VerificationInputError } from './verification-code';
