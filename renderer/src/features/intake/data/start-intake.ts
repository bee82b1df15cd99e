/**
 * Starting an intake: a draft request for a registered beneficiary and an active request type, with
 * the type's current version frozen into the request and the next request number of this desk.
 */
import { appendAudit } from '@renderer/stores/audit-log';
import { readRequestType } from '@renderer/db/catalog-admin';
import { serialized } from '@renderer/db/serial';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import { formatHumanNumber, humanNumberPrefix, humanNumberYear, nextHumanSequence } from '@shared/numbers/human-number';
import { newRequestState } from '@shared/intake/request-status';
import { err, ok, type Result } from '@shared/result';
import { canTakeIntake, intakeError, type IntakeDeps, type IntakeError } from './deps';

/**
 * One more than the highest number of this desk and year the collection holds (its own and synced
 * requests), read through the requestNumber index. The few highest are read so a malformed synced
 * value cannot hide the real highest.
 */
export async function nextRequestNumber(deps: Pick<IntakeDeps, 'db'>, deskCode: string, nowMs: number): Promise<string> {
  const year = humanNumberYear(nowMs);
  const prefix = humanNumberPrefix('request', deskCode, year);
  const highest = await deps.db.requests
    .find({ selector: { requestNumber: { $gte: prefix, $lt: `${prefix}\uffff` } }, sort: [{ requestNumber: 'desc' }], limit: 5 })
    .exec();
  return formatHumanNumber('request', { deskCode, year, sequence: nextHumanSequence('request', highest.map((doc) => doc.requestNumber), deskCode, year) });
}

/** Creates the draft; refused (nothing written) for an unknown beneficiary or an unknown or inactive type. */
export async function startIntake(deps: IntakeDeps, beneficiaryId: string, requestTypeKey: string): Promise<Result<RequestDoc, IntakeError>> {
  if (!canTakeIntake(deps.actor)) return err(intakeError('intake.role'));
  const beneficiary = await deps.db.beneficiaries.findOne(beneficiaryId).exec();
  if (!beneficiary) return err(intakeError('intake.beneficiary-not-found'));
  const type = await readRequestType(deps.db, requestTypeKey);
  if (!type) return err(intakeError('intake.request-type-unknown'));
  if (!type.active) return err(intakeError('intake.request-type-inactive'));

  // Numbering runs one at a time per desk (and across this desk's windows), so two quick intakes
  // never take the same number.
  return serialized(`request-number:${deps.desk.deskCode}`, async () => {
    const now = deps.now();
    const at = now.toISOString();
    const requestType = structuredClone(type.latest);
    const doc: RequestDoc = {
      ...newRequestState(requestType.unitId),
      unitId: requestType.unitId,
      history: [],
      id: crypto.randomUUID(),
      requestNumber: await nextRequestNumber(deps, deps.desk.deskCode, now.getTime()),
      beneficiaryId,
      requestType: { ...requestType, requirements: [...requestType.requirements] },
      checklist: {},
      notes: '',
      createdAt: at,
      createdBy: deps.actor.id,
      updatedAt: at,
      updatedBy: deps.actor.id,
      deskId: deps.desk.deskId,
    };
    await deps.db.requests.insert(doc);
    await appendAudit(
      deps.db,
      { actorId: deps.actor.id, action: 'request.create', entity: 'requests', entityId: doc.id, fields: ['beneficiaryId', 'requestType', 'requestNumber', 'status'], deskId: deps.desk.deskId },
      now,
    );
    return ok(doc);
  });
}
