/**
 * The declaration of the current completion has just been signed (policy 3.3d): the request moves to
 * 'signed' ("signed, ready to refer"), with who recorded it, when and the declaration's number in its
 * history, and joins the reception's to-refer list. A correction signed at a later stage moves nothing.
 */
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import { err, ok, type Result } from '@shared/result';
import { applyTransition } from './apply-transition';
import { intakeError, type IntakeDeps, type IntakeError } from './deps';
import { readRequest } from './request-write';

export async function recordDeclarationSigned(deps: IntakeDeps, requestId: string): Promise<Result<RequestDoc | null, IntakeError>> {
  const doc = await readRequest(deps, requestId);
  if (!doc) return err(intakeError('intake.not-found'));
  if (doc.status !== 'awaiting-signature') return ok(null);
  const moved = await applyTransition(deps, requestId, { to: 'signed' });
  return moved.ok ? ok(moved.value.request) : moved;
}
