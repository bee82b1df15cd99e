/**
 * What the intake data functions need, passed in so tests use a real database, file store and clock,
 * and the error codes they return (i18n keys: the UI shows t(`errors.${code}`)).
 */
import type { WaslDatabase } from '@renderer/db/database';
import type { FileStore } from '@renderer/db/file-store';
import type { FileErrorCode } from '@shared/files/file-ref';
import type { Requirement } from '@shared/intake/request-type';
import type { TransitionErrorCode } from '@shared/intake/transition-rules';
import type { Role } from '@shared/staff/roles';

export interface IntakeDeps {
  db: WaslDatabase;
  actor: { id: string; roles: readonly Role[]; unitIds: readonly string[] };
  desk: { deskId: string; deskCode: string };
  now: () => Date;
  /** The desk's file store; attachToRequirement opens the default one (getFileStore) when absent. */
  files?: Pick<FileStore, 'putFile'>;
}

export type InteractionErrorCode =
  | 'interaction.beneficiary-not-found'
  | 'interaction.request-not-found'
  | 'interaction.channel-unknown'
  | 'interaction.direction'
  | 'interaction.subject-required'
  | 'interaction.subject-too-long'
  | 'interaction.summary-too-long'
  | 'interaction.at-invalid'
  | 'interaction.at-future';

export type IntakeErrorCode =
  | 'intake.role'
  | 'intake.beneficiary-not-found'
  | 'intake.request-type-unknown'
  | 'intake.request-type-inactive'
  | 'intake.not-found'
  | 'intake.not-draft'
  | 'intake.unknown-requirement'
  | 'intake.value-too-long'
  | 'intake.note-too-long'
  | 'intake.notes-too-long'
  | 'intake.too-many-files'
  | 'intake.unit-unknown'
  | FileErrorCode
  | TransitionErrorCode
  | InteractionErrorCode;

/**
 * A refusal. `missing`: the requirements still missing (type order) when completion is refused;
 * `requirementId`: the checklist line a refusal concerns.
 */
export type IntakeError = { code: IntakeErrorCode; missing?: Requirement[]; requirementId?: string };

export const intakeError = (code: IntakeErrorCode, extra: Omit<IntakeError, 'code'> = {}): IntakeError => ({ code, ...extra });

/** Who may take and edit requests at the counter (the status machine's completing role, and admin). */
export const INTAKE_ROLES: readonly Role[] = ['receptionist', 'admin'];

export const canTakeIntake = (actor: IntakeDeps['actor']): boolean => actor.roles.some((role) => INTAKE_ROLES.includes(role));
