/** The passphrase typed twice, checked before any work (shared/backup/backup-kdf.ts says why 10 characters). */
import { passphraseProblem } from '@shared/backup/backup-kdf';

export type PassphraseProblem = 'backup.passphrase-short' | 'backup.passphrase-mismatch';

export function checkNewPassphrase(passphrase: string, confirm: string): PassphraseProblem | null {
  return passphraseProblem(passphrase) ?? (passphrase === confirm ? null : 'backup.passphrase-mismatch');
}

/** The file's parts as one buffer (the bridge takes one). */
export function joinParts(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
