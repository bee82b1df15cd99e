/**
 * The content hash of a policy version: what a staff member signed is identified by it, so a text
 * edited anywhere after publishing no longer matches its signatures. Computed over a canonical
 * form: NFC, '\n' line ends, trailing spaces trimmed (a copy pasted from another editor hashes the same).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { PolicyVersion } from './policy-version';

export type PolicyContent = Pick<PolicyVersion, 'titleAr' | 'titleEn' | 'textAr' | 'textEn'>;

export function canonicalText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

export function canonicalContent(content: PolicyContent): string {
  return JSON.stringify([canonicalText(content.titleAr), canonicalText(content.titleEn), canonicalText(content.textAr), canonicalText(content.textEn)]);
}

export function policyHash(content: PolicyContent): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalContent(content))));
}
