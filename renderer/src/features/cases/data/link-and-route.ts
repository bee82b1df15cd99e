/**
 * A case that arrived from the public page (policy 3.5a) is acknowledged at a desk: a file it proposes
 * (the national ID or mobile typed on the form) is confirmed or rejected by staff (nothing links
 * silently: proposed-files.ts finds the candidates through the blind index), its category and domain
 * are set, and it is routed through the liaison matrix like a desk case.
 */
import { routeCase, type Routing } from '@shared/cases/case-routing';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import { err, ok, type Result } from '@shared/result';
import { readRoutingContext } from './case-context';
import { changedFields, readCase, withCase, writeCase } from './case-write';
import type { CasesDeps } from './deps';
import { casesError, moveLoaded, type CasesError } from './move-case';
import { findProposedFiles } from './proposed-files';

/** Links the case to one of the files its proposal matches; any other file is refused. */
export function confirmLink(deps: CasesDeps, id: string, fileId: string): Promise<Result<CaseDoc, CasesError>> {
  return withCase(id, async () => {
    const doc = await readCase(deps, id);
    if (!doc) return err(casesError('cases.not-found'));
    if (doc.linkReview !== 'pending') return err(casesError('cases.link-not-pending'));
    const matches = await findProposedFiles(deps, doc.proposedLink);
    if (!matches.some((match) => match.fileId === fileId)) return err(casesError('cases.link-not-proposed'));
    const file = (await deps.db.beneficiaries.findOne(fileId).exec())?.toMutableJSON();
    if (!file) return err(casesError('cases.beneficiary-not-found'));
    // The file's agreed channel replaces a web complainant's own only when they left none.
    const reply = doc.replyChannel === '' ? { replyChannel: file.preferredChannel.channel, replySubChannel: file.preferredChannel.subChannel } : {};
    const next: CaseDoc = { ...doc, ...reply, beneficiaryId: fileId, linkReview: 'confirmed' };
    return ok(await writeCase(deps, next, { action: 'case.link-confirm', fields: changedFields(doc, next) }));
  });
}

/** The proposal is not this person's: it is kept on record as rejected, and the case stays unlinked. */
export function rejectLink(deps: CasesDeps, id: string): Promise<Result<CaseDoc, CasesError>> {
  return withCase(id, async () => {
    const doc = await readCase(deps, id);
    if (!doc) return err(casesError('cases.not-found'));
    if (doc.linkReview !== 'pending') return err(casesError('cases.link-not-pending'));
    const next: CaseDoc = { ...doc, linkReview: 'rejected' };
    return ok(await writeCase(deps, next, { action: 'case.link-reject', fields: ['linkReview'] }));
  });
}

export type CaseDetails = { category: string; domain: string; priority: CaseDoc['priority'] };

/** Sets what a web case arrives without (category, domain) while it is still received. */
export function setCaseDetails(deps: CasesDeps, id: string, details: CaseDetails): Promise<Result<CaseDoc, CasesError>> {
  return withCase(id, async () => {
    const doc = await readCase(deps, id);
    if (!doc) return err(casesError('cases.not-found'));
    if (doc.status !== 'received') return err(casesError('case.not-allowed'));
    const catalog = (await deps.db.catalog.find({ selector: { kind: { $in: ['case-category', 'association-domain'] } } }).exec()).map((d) => d.toMutableJSON()).filter((d) => d.active);
    if (!catalog.some((d) => d.kind === 'case-category' && d.key === details.category)) return err(casesError('cases.category'));
    if (!catalog.some((d) => d.kind === 'association-domain' && d.key === details.domain)) return err(casesError('cases.domain'));
    const next: CaseDoc = { ...doc, ...details };
    return ok(await writeCase(deps, next, { action: 'case.details', fields: changedFields(doc, next) }));
  });
}

/**
 * Routes a received case through the matrix: assigned to the officer (or stand-in) its cell names, or,
 * for a gap, kept received in the follow-up unit's queue.
 */
export function routeReceived(deps: CasesDeps, id: string): Promise<Result<{ doc: CaseDoc; routing: Routing }, CasesError>> {
  return withCase(id, async () => {
    const doc = await readCase(deps, id);
    if (!doc) return err(casesError('cases.not-found'));
    if (doc.status !== 'received') return err(casesError('case.not-allowed'));
    const file = doc.beneficiaryId ? (await deps.db.beneficiaries.findOne(doc.beneficiaryId).exec())?.toMutableJSON() : null;
    const routing = routeCase({ category: file?.categoryKey ?? '', domain: doc.domain, concernsStaffIds: doc.concernsStaffIds }, await readRoutingContext(deps.db, deps.now()));
    if (routing.kind === 'gap') {
      const next: CaseDoc = { ...doc, unitId: routing.unitId };
      return ok({ doc: next.unitId === doc.unitId ? doc : await writeCase(deps, next, { action: 'case.route-gap', fields: ['unitId'] }), routing });
    }
    const moved = await moveLoaded(deps, doc, { to: 'assigned', officerId: routing.officerId, unitId: routing.unitId });
    return moved.ok ? ok({ doc: moved.value.doc, routing }) : moved;
  });
}
