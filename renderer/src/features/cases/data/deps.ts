/**
 * What the cases data functions need, passed in so tests use a real database, file store, search
 * index and clock. The actor is the signed-in staff member: every read and write of a case goes
 * through the conflict-of-interest rule with their id (policy 3.5: a case about a staff member is
 * never shown to them).
 */
import type { WaslDatabase } from '@renderer/db/database';
import type { FileStore } from '@renderer/db/file-store';
import type { SearchIndex } from '@renderer/db/search-index';
import type { Role } from '@shared/staff/roles';

export interface CasesDeps {
  db: WaslDatabase;
  actor: { id: string; roles: readonly Role[]; unitIds: readonly string[] };
  desk: { deskId: string; deskCode: string };
  now: () => Date;
  /** The desk's file store (scans of faxed complaints); the default one is opened when absent. */
  files?: Pick<FileStore, 'putFile'>;
  /** The registry's blind index, for the links a web case proposes (its national ID or mobile). */
  index?: Pick<SearchIndex, 'findByNationalId' | 'findByMobile'>;
}

/** Refusals of the desk's own checks (the shared rules' are 'case.*': shared/cases). Each is translated under cases.errors. */
export const CASES_DESK_ERROR_CODES = [
  'cases.not-found',
  'cases.category',
  'cases.channel',
  'cases.domain',
  'cases.beneficiary-not-found',
  'cases.summary-too-long',
  'cases.reason-too-long',
  'cases.link-not-proposed',
  'cases.link-not-pending',
  'cases.not-closed',
  'cases.response-invalid',
  'cases.subject-invalid',
  'cases.change-unknown',
  'cases.nothing-to-inform',
  'cases.no-agreed-channel',
  'cases.opted-out',
] as const;

export type CasesDeskErrorCode = (typeof CASES_DESK_ERROR_CODES)[number] | 'file.too-large' | 'file.empty' | 'file.type';
