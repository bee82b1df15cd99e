/**
 * Shared steps of every visit write: read the visit, apply a pure change from shared/visits, write the
 * new version with its bookkeeping and an audit entry, all under `visit:<id>` so two quick writes never
 * both judge the same old state. A refused change writes nothing (policy: nothing half-saved).
 * Every write first lists the interview answers that name the visit and that it does not list yet: an
 * interview's second write cut off (interviews.ts) is made good by the next write, whatever it is.
 */
import { appendAudit } from '@renderer/stores/audit-log';
import { serialized } from '@renderer/db/serial';
import type { VisitDoc } from '@shared/db/schemas/visit.schema';
import { linkInterviews } from '@shared/visits';
import { err, ok, type Result } from '@shared/result';
import type { VisitsDeps } from './deps';

export type VisitChange = (visit: VisitDoc) => Result<VisitDoc, string> | Promise<Result<VisitDoc, string>>;

export async function readVisit(deps: Pick<VisitsDeps, 'db'>, id: string): Promise<VisitDoc | null> {
  const doc = await deps.db.visits.findOne(id).exec();
  return doc ? doc.toMutableJSON() : null;
}

function changedFields(before: VisitDoc, after: VisitDoc): string[] {
  return (Object.keys(after) as (keyof VisitDoc)[]).filter((name) => name !== 'updatedAt' && JSON.stringify(before[name]) !== JSON.stringify(after[name]));
}

type VisitRef = Pick<VisitDoc, 'id' | 'questionnaireIds'>;

/** The interview answers on this desk that name the visit (by its questionnaires: an indexed query). */
export const answersNamingQuery = (deps: Pick<VisitsDeps, 'db'>, visit: VisitRef) =>
  deps.db.surveys.find({ selector: { questionnaireId: { $in: [...visit.questionnaireIds] }, kind: 'answer', visitId: visit.id } });

async function answersNaming(deps: Pick<VisitsDeps, 'db'>, visit: VisitDoc) {
  if (visit.questionnaireIds.length === 0) return [];
  const docs = await answersNamingQuery(deps, visit).exec();
  return docs.map((doc) => ({ id: doc.id, visitId: doc.visitId, answeredAt: doc.answeredAt, createdAt: doc.createdAt }));
}

/** The visit as its next write would see it: the answers that name it listed (an interrupted interview's included). */
export async function readVisitWithInterviews(deps: Pick<VisitsDeps, 'db'>, id: string): Promise<VisitDoc | null> {
  const visit = await readVisit(deps, id);
  return visit ? linkInterviews(visit, await answersNaming(deps, visit)) : null;
}

/** Applies `change` to the stored visit; the refusal code (an i18n key under visits.errors) when it refuses. */
export function changeVisit(deps: VisitsDeps, id: string, action: string, change: VisitChange): Promise<Result<VisitDoc, string>> {
  return serialized(`visit:${id}`, async () => {
    const stored = await deps.db.visits.findOne(id).exec();
    if (!stored) return err('visits.not-found');
    const before = stored.toMutableJSON();
    const changed = await change(linkInterviews(before, await answersNaming(deps, before)));
    if (!changed.ok) return changed;
    const now = deps.now();
    const next: VisitDoc = { ...changed.value, updatedAt: now.toISOString(), updatedBy: deps.actor.id, deskId: deps.desk.deskId };
    const fields = changedFields(before, next);
    if (fields.length === 0) return ok(before);
    await stored.incrementalModify(() => next);
    await appendAudit(deps.db, { actorId: deps.actor.id, action, entity: 'visits', entityId: id, fields, deskId: deps.desk.deskId }, now);
    return ok(next);
  });
}
