/**
 * What the declaration data functions need, passed in so tests run them on a real database, a real
 * file store, a real WebCrypto key and a settable clock; and their error codes (i18n keys:
 * the UI shows t(`errors.${code}`)).
 */
import type { WaslDatabase } from '@renderer/db/database';
import type { DeskKey } from '@renderer/db/desk-keys';
import type { FileStore } from '@renderer/db/file-store';
import type { DeclarationDoc } from '@shared/db/schemas/declaration.schema';
import type { FileErrorCode } from '@shared/files/file-ref';

export interface DeclarationDeps {
  db: WaslDatabase;
  actor: { id: string };
  /** The desk, with the names printed on the paper. */
  desk: { deskId: string; deskCode: string; associationName: string; deskName: string };
  now: () => Date;
  /** This desk's signing key (renderer/src/db/desk-keys.ts getDeskKey in the app). */
  key: () => Promise<DeskKey>;
  /** The desk's file store for paper scans; the default one (getFileStore) when absent. */
  files?: Pick<FileStore, 'putFile'>;
  /**
   * Records the signing on the request (its 'signed' step and history line, policy 3.3d); composed by
   * the app from the intake feature. False when the request could not be moved.
   */
  onSigned?: (declaration: DeclarationDoc) => Promise<boolean>;
}

export type DeclarationErrorCode =
  | 'declaration.not-found'
  | 'declaration.request-not-found'
  | 'declaration.beneficiary-not-found'
  | 'declaration.request-state'
  | 'declaration.signed'
  | 'declaration.outdated'
  | 'declaration.signature-required'
  | 'declaration.not-paper'
  | 'declaration.scan-type'
  | 'declaration.step-not-recorded'
  | 'declaration.snapshot-invalid'
  | 'image.not-an-image'
  | FileErrorCode;
