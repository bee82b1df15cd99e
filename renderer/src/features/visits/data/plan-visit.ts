/**
 * A manager plans a visit (policy 3.8c): the plan is checked (shared/visits/visit-input.ts) with the chosen
 * type's checklist read from the catalog; a refused plan writes nothing. The new visit carries the next
 * visit number of this desk (human-number kind 'visit', V).
 */
import { appendAudit } from '@renderer/stores/audit-log';
import { riyadhDateOf } from '@shared/calendar/iso-date';
import { readVisitType, type VisitTypeData } from '@shared/catalog/visit-types';
import type { VisitDoc } from '@shared/db/schemas/visit.schema';
import { formatHumanNumber, humanNumberPrefix, humanNumberYear, nextHumanSequence } from '@shared/numbers/human-number';
import { err, ok, type Result } from '@shared/result';
import { checkVisitPlan, newVisit, type VisitPlanErrors, type VisitPlanInput } from '@shared/visits';
import { mayPlanVisits, type VisitsDeps } from './deps';

export async function visitType(deps: Pick<VisitsDeps, 'db'>, key: string): Promise<VisitTypeData | null> {
  if (key === '') return null;
  const entry = await deps.db.catalog.findOne({ selector: { kind: 'visit-type', key } }).exec();
  return entry?.active ? readVisitType(entry.data) : null;
}

async function nextVisitNumber(deps: Pick<VisitsDeps, 'db'>, deskCode: string, nowMs: number): Promise<string> {
  const year = humanNumberYear(nowMs);
  const prefix = humanNumberPrefix('visit', deskCode, year);
  const highest = await deps.db.visits.find({ selector: { visitNumber: { $gte: prefix, $lt: `${prefix}\uffff` } }, sort: [{ visitNumber: 'desc' }], limit: 5 }).exec();
  return formatHumanNumber('visit', { deskCode, year, sequence: nextHumanSequence('visit', highest.map((doc) => doc.visitNumber), deskCode, year) });
}

export type PlanError = { fields: VisitPlanErrors } | { key: string };

export async function planVisit(deps: VisitsDeps, input: VisitPlanInput): Promise<Result<VisitDoc, PlanError>> {
  if (!mayPlanVisits(deps.actor.roles)) return err({ key: 'visits.errors.visit.not-allowed' });
  const now = deps.now();
  const type = await visitType(deps, input.visitType);
  const checked = checkVisitPlan(input, riyadhDateOf(now.getTime()), type);
  if (!checked.ok) return err({ fields: checked.error });
  if (!type) return err({ fields: { visitType: 'invalid' } });
  const worker = await deps.db.staff.findOne(checked.value.fieldWorkerId).exec();
  if (!worker?.active) return err({ fields: { fieldWorkerId: 'invalid' } });
  if (checked.value.beneficiaryId !== '' && !(await deps.db.beneficiaries.findOne(checked.value.beneficiaryId).exec())) return err({ fields: { beneficiaryId: 'invalid' } });
  const visit = newVisit(checked.value, type, {
    id: crypto.randomUUID(),
    visitNumber: await nextVisitNumber(deps, deps.desk.deskCode, now.getTime()),
    at: now.toISOString(),
    by: deps.actor.id,
    deskId: deps.desk.deskId,
  });
  await deps.db.visits.insert(visit);
  await appendAudit(deps.db, { actorId: deps.actor.id, action: 'visit.plan', entity: 'visits', entityId: visit.id, fields: [], deskId: deps.desk.deskId }, now);
  return ok(visit);
}
