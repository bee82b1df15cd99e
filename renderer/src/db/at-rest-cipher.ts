/**
 * The at-rest cipher: AES-GCM through WebCrypto with a key derived once per password. Two stored
 * forms, both "g1:" + base64(12-byte random IV ‖ ciphertext ‖ tag) — "g1" names the cipher and
 * the key (HKDF v1 below), which did not change; where the value sits says which form it is:
 *  - a document's sensitive fields sealed together (sealFields/openFields): one native call per
 *    document, bound to its collection and primary key by GCM's additional data, so a sealed value
 *    copied onto another document or collection fails to open;
 *  - one value per field (encryptValue/decryptValue), what desks wrote before: still read.
 * GCM authenticates: a value changed on disk fails to open instead of opening to garbage.
 */
import { newRxError } from 'rxdb/plugins/core';

const PREFIX = 'g1:';
const IV_BYTES = 12;
const HKDF_SALT = new TextEncoder().encode('wasl/at-rest/aes-gcm/v1');
const encoder = new TextEncoder();
const decoder = new TextDecoder();

const keys = new Map<string, Promise<CryptoKey>>();

/** The AES-GCM key of a password, derived once (non-extractable). */
export function atRestKey(password: string): Promise<CryptoKey> {
  let key = keys.get(password);
  if (!key) {
    key = crypto.subtle
      .importKey('raw', encoder.encode(password), 'HKDF', false, ['deriveKey'])
      .then((material) =>
        crypto.subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: HKDF_SALT, info: new Uint8Array() }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
      );
    keys.set(password, key);
  }
  return key;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A value that is not ours is an error, never passed through: it would be shown as data. */
export function refused(reason: string): Error {
  return newRxError('SNH', { args: { reason } });
}

async function seal(key: CryptoKey, value: unknown, boundTo?: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const params: AesGcmParams = boundTo === undefined ? { name: 'AES-GCM', iv } : { name: 'AES-GCM', iv, additionalData: encoder.encode(boundTo) };
  const sealed = new Uint8Array(await crypto.subtle.encrypt(params, key, encoder.encode(JSON.stringify(value))));
  const out = new Uint8Array(IV_BYTES + sealed.length);
  out.set(iv);
  out.set(sealed, IV_BYTES);
  return PREFIX + toBase64(out);
}

async function open(key: CryptoKey, stored: unknown, boundTo?: string): Promise<unknown> {
  if (typeof stored !== 'string' || !stored.startsWith(PREFIX)) throw refused('not a sealed value');
  const bytes = fromBase64(stored.slice(PREFIX.length));
  const iv = bytes.slice(0, IV_BYTES);
  const params: AesGcmParams = boundTo === undefined ? { name: 'AES-GCM', iv } : { name: 'AES-GCM', iv, additionalData: encoder.encode(boundTo) };
  const plain = await crypto.subtle.decrypt(params, key, bytes.slice(IV_BYTES));
  return JSON.parse(decoder.decode(plain));
}

/** One field's value, the per-field form (kept for tests and tools; desks no longer write it). */
export function encryptValue(key: CryptoKey, value: unknown): Promise<string> {
  return seal(key, value);
}

/** Opens a per-field value, as desks wrote them before the per-document form. */
export function decryptValue(key: CryptoKey, stored: unknown): Promise<unknown> {
  return open(key, stored);
}

/** A document's sensitive fields as one value, bound to `boundTo` (collection and primary key). */
export function sealFields(key: CryptoKey, fields: Record<string, unknown>, boundTo: string): Promise<string> {
  return seal(key, fields, boundTo);
}

export async function openFields(key: CryptoKey, stored: unknown, boundTo: string): Promise<Record<string, unknown>> {
  const fields = await open(key, stored, boundTo);
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) throw refused('sealed value is not a set of fields');
  return fields as Record<string, unknown>;
}
