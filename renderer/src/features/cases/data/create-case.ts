/**
 * A case recorded at the desk (policy 3.5a–b): a complaint, inquiry, suggestion, dispute or technical
 * support request, from any of the eight channels. Everything is checked first, a faxed case's scan is
 * stored, and only then is the case written, in one insert: already routed through the liaison matrix
 * (policy 3.7a) to the officer its cell names (history: received → assigned), or, for a gap, left
 * received in the follow-up unit's queue. Nothing is half-saved.
 */
import { getFileStore } from '@renderer/db/file-store';
import { appendAudit } from '@renderer/stores/audit-log';
import { serialized } from '@renderer/db/serial';
import { newCase, type CaseInput } from '@shared/cases/case-input';
import { routeCase } from '@shared/cases/case-routing';
import { transition } from '@shared/cases/case-transition';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import type { FileRef } from '@shared/files/file-ref';
import { formatHumanNumber, humanNumberPrefix, humanNumberYear, nextHumanSequence } from '@shared/numbers/human-number';
import { err, ok, type Result } from '@shared/result';
import { readCaseContext, readRoutingContext } from './case-context';
import { activeChannels, checkNewCase, judgingFacts, type NewCaseInput } from './check-new-case';
import type { CasesDeps } from './deps';
import { casesError, type CasesError } from './move-case';

export type { NewCaseInput } from './check-new-case';
/** A picked file (a DOM File fits), or bytes with their name and type. */
export type ScanInput = (Blob & { name: string }) | { data: Blob | ArrayBuffer; name: string; type: string };

/** One more than the highest case number of this desk and year the collection holds. */
export async function nextCaseNumber(deps: Pick<CasesDeps, 'db'>, deskCode: string, nowMs: number): Promise<string> {
  const year = humanNumberYear(nowMs);
  const prefix = humanNumberPrefix('case', deskCode, year);
  const highest = await deps.db.cases.find({ selector: { caseNumber: { $gte: prefix, $lt: `${prefix}\uffff` } }, sort: [{ caseNumber: 'desc' }], limit: 5 }).exec();
  return formatHumanNumber('case', { deskCode, year, sequence: nextHumanSequence('case', highest.map((doc) => doc.caseNumber), deskCode, year) });
}

/** Stores every scan; the first refusal stops (the store keeps bytes by content: a retry costs nothing). */
async function storeScans(deps: CasesDeps, scans: readonly ScanInput[]): Promise<Result<FileRef[], CasesError>> {
  const store = deps.files ?? (await getFileStore());
  const refs: FileRef[] = [];
  for (const scan of scans) {
    const [data, name, type] = 'data' in scan ? [scan.data, scan.name, scan.type] : [scan, scan.name, scan.type];
    const put = await store.putFile(data, name, type);
    if (!put.ok) return err(casesError(put.error));
    if (!refs.some((ref) => ref.sha256 === put.value.sha256)) refs.push(put.value);
  }
  return ok(refs);
}

/**
 * Numbers, judges (the shared new-case rule, now with the real id and number), routes and inserts a
 * case; also the dispute or appeal a closed loop opens (respond.ts). `id` may be given so a caller can
 * name the new case before it exists.
 */
export function insertNewCase(deps: CasesDeps, input: CaseInput, beneficiaryCategory: string, id: string = crypto.randomUUID()): Promise<Result<CaseDoc, CasesError>> {
  return serialized(`case-number:${deps.desk.deskCode}`, async () => {
    const now = deps.now();
    const at = now.toISOString();
    const context = await readCaseContext(deps.db);
    const caseNumber = await nextCaseNumber(deps, deps.desk.deskCode, now.getTime());
    const facts = { ...judgingFacts(deps, context.clocks, context.holidays, await activeChannels(deps)), id, caseNumber, now: at };
    const built = newCase(input, facts);
    if (!built.ok) return err({ code: Object.values(built.error)[0] ?? 'case.kind', fields: built.error });
    const received = built.value;
    const routing = routeCase({ category: beneficiaryCategory, domain: received.domain, concernsStaffIds: received.concernsStaffIds }, await readRoutingContext(deps.db, now));
    let doc: CaseDoc = { ...received, unitId: routing.unitId };
    if (routing.kind === 'officer') {
      const assigned = transition(doc, { to: 'assigned', officerId: routing.officerId, unitId: routing.unitId }, deps.actor, at, context);
      if (!assigned.ok) return err(casesError(assigned.error.code));
      doc = assigned.value.doc;
    }
    await deps.db.cases.insert(doc);
    await appendAudit(deps.db, { actorId: deps.actor.id, action: 'case.create', entity: 'cases', entityId: doc.id, fields: ['caseNumber', 'kind', 'status', 'officerId', 'unitId', 'appealOf'], deskId: deps.desk.deskId }, now);
    return ok(doc);
  });
}

/** Records the case, routed; refused with a translated code (nothing written) when the input is not sound. */
export async function createCase(deps: CasesDeps, input: NewCaseInput, scans: readonly ScanInput[] = []): Promise<Result<CaseDoc, CasesError>> {
  const checked = await checkNewCase(deps, input, scans.length, await readCaseContext(deps.db));
  if (!checked.ok) return err(checked.error);
  const stored = await storeScans(deps, scans);
  if (!stored.ok) return stored;
  return insertNewCase(deps, { ...checked.value.input, attachments: stored.value }, checked.value.beneficiaryCategory);
}
