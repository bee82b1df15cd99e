/** The passphrase typed twice, checked before any work (shared/backup/backup-kdf.ts says why 10 characters). */
import { passphraseProblem } from '@shared/backup/backup-kdf';

export type PassphraseProblem = 'backup.passphrase-short' | 'backup.passphrase-mismatch';

export function checkNewPassphrase(passphrase: string, confirm: string): PassphraseProblem | null {
  return passphraseProblem(passphrase) ?? (passphrase === confirm ? null : 'backup.passphrase-mismatch');
}

export { joinBytes as joinParts } from '@shared/backup/backup-file';
