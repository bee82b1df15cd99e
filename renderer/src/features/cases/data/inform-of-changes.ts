/**
 * Keeping beneficiaries informed of changes (policy 3.7c): when a request type's requirements change (the
 * catalog appends a version), every beneficiary with a request of that type still in progress that was
 * taken under an older version is listed for the liaison officer to inform on their agreed channel, and
 * each contact is logged (the pure rule: shared/cases/inform-of-changes.ts).
 *
 * How a contact is known to be "about this change": it is an entry of the communication log (append-only)
 * with `recordKind` 'request-type-change' and `recordId` `<type key>@v<version>` (the version that brought
 * the change, e.g. 'food-basket@v2'). A beneficiary with such an entry is informed of that version and
 * leaves the list; a later version is a new change with its own record id, so everyone still concerned
 * is listed again. The entry's `requestId` is the first request concerned; its subject names the change.
 *
 * A merged-away file's requests count for the file that survived it (the contact is logged there).
 */
import type { WaslDatabase } from '@renderer/db/database';
import { serialized } from '@renderer/db/serial';
import { appendAudit } from '@renderer/stores/audit-log';
import { beneficiariesToInform } from '@shared/cases/inform-of-changes';
import { findSubChannel, type Channel } from '@shared/catalog/channels';
import { latestRequestType, readRequestTypeData } from '@shared/catalog/request-type-catalog';
import { catalogEntryId } from '@shared/catalog/seed';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import type { CatalogDoc } from '@shared/db/schemas/catalog.schema';
import { INTERACTION_LIMITS, type InteractionDoc } from '@shared/db/schemas/interaction.schema';
import type { RequestStatus } from '@shared/intake/request-status';
import { optedOut } from '@shared/outbox/notice-state';
import { cleanTextInput } from '@shared/registry/text-normalize';
import { err, ok, type Result } from '@shared/result';
import type { Role } from '@shared/staff/roles';
import { from, map, merge, startWith, switchMap, type Observable } from 'rxjs';
import type { CasesDeps } from './deps';
import { casesError, type CasesError } from './move-case';

export const CHANGE_RECORD_KIND = 'request-type-change';
export const changeRecordId = (typeKey: string, version: number): string => `${typeKey}@v${version}`;

/** Who keeps beneficiaries informed (policy 3.7a–c): liaison and follow-up officers, management. */
const INFORMERS: readonly Role[] = ['liaison-officer', 'follow-up-officer', 'manager', 'admin'];
export const mayInformOfChanges = (roles: readonly Role[]): boolean => roles.some((role) => INFORMERS.includes(role));

/** A request type whose requirements changed: its current version is past the first. */
export type ChangedType = { key: string; labelAr: string; labelEn: string; version: number };
export type InformRequest = { id: string; requestNumber: string; status: RequestStatus; version: number };
export type InformRow = {
  beneficiaryId: string;
  /** null when this desk does not hold the file */
  file: { fullName: string; fileNumber: string } | null;
  /** the file's agreed channel, null when it is not one the catalog offers (unknown or deactivated) */
  agreed: { channel: string; subChannel: string; labelAr: string; labelEn: string } | null;
  /** the beneficiary opted out of their agreed sub-channel (the outbox's consent entries) */
  optedOut: boolean;
  requests: InformRequest[];
};
export type InformList = { change: ChangedType; rows: InformRow[] };

function changedTypeOf(doc: CatalogDoc): ChangedType | null {
  const data = readRequestTypeData(doc.data);
  const latest = data ? latestRequestType(data) : null;
  return latest && latest.version > 1 ? { key: doc.key, labelAr: latest.nameAr, labelEn: latest.nameEn, version: latest.version } : null;
}

/** Request types whose requirements changed, in the catalog's order (inactive ones too: their requests go on). */
export function watchChangedTypes(deps: Pick<CasesDeps, 'db'>): Observable<ChangedType[]> {
  return deps.db.catalog.find({ selector: { kind: 'request-type' }, sort: [{ order: 'asc' }] }).$.pipe(
    map((docs) => docs.flatMap((doc) => changedTypeOf(doc.toMutableJSON()) ?? [])),
  );
}

async function activeChannels(db: WaslDatabase): Promise<Channel[]> {
  const docs = (await db.catalog.find({ selector: { kind: 'channel' } }).exec()).map((doc) => doc.toMutableJSON()).filter((doc) => doc.active);
  return docs.map((doc) => ({ key: doc.key, labelAr: doc.labelAr, labelEn: doc.labelEn, subChannels: Array.isArray(doc.data?.subChannels) ? (doc.data.subChannels as Channel['subChannels']) : [] }));
}

/** The files by id, with the files that survived a merge of any of them. */
async function readFiles(db: WaslDatabase, ids: readonly string[]): Promise<Map<string, BeneficiaryDoc>> {
  const files = new Map<string, BeneficiaryDoc>();
  let wanted = [...new Set(ids)];
  // A survivor may itself have been merged later: follow the chain, a few steps at most.
  for (let step = 0; step < 4 && wanted.length > 0; step += 1) {
    for (const doc of await db.beneficiaries.find({ selector: { id: { $in: wanted } } }).exec()) files.set(doc.id, doc.toMutableJSON());
    wanted = [...files.values()].flatMap((doc) => (doc.mergedInto && !files.has(doc.mergedInto) ? [doc.mergedInto] : []));
  }
  return files;
}

function survivorIn(files: Map<string, BeneficiaryDoc>): (id: string) => string {
  return (id) => {
    let current = id;
    for (let step = 0; step < 4; step += 1) {
      const next = files.get(current)?.mergedInto;
      if (!next) break;
      current = next;
    }
    return current;
  };
}

function rowOf(beneficiaryId: string, file: BeneficiaryDoc | undefined, channels: Channel[], consent: InteractionDoc[]): Omit<InformRow, 'requests'> {
  if (!file) return { beneficiaryId, file: null, agreed: null, optedOut: false };
  const { channel, subChannel } = file.preferredChannel;
  const top = channels.find((c) => c.key === channel);
  const sub = findSubChannel(channel, subChannel, channels);
  const agreed = top && sub ? { channel, subChannel, labelAr: `${top.labelAr} — ${sub.labelAr}`, labelEn: `${top.labelEn} — ${sub.labelEn}` } : null;
  const mine = consent.filter((entry) => entry.beneficiaryId === beneficiaryId);
  return { beneficiaryId, file: { fullName: file.fullName, fileNumber: file.fileNumber }, agreed, optedOut: optedOut(subChannel, mine) };
}

/** The list for one changed type as it stands now; null when the type is unknown or never changed. */
export async function readToInform(deps: Pick<CasesDeps, 'db'>, typeKey: string): Promise<InformList | null> {
  const entry = await deps.db.catalog.findOne(catalogEntryId('request-type', typeKey)).exec();
  const change = entry ? changedTypeOf(entry.toMutableJSON()) : null;
  if (!change) return null;
  const requests = (await deps.db.requests.find({ selector: { 'requestType.id': typeKey } }).exec()).map((doc) => doc.toMutableJSON());
  const files = await readFiles(deps.db, requests.map((r) => r.beneficiaryId));
  const survivor = survivorIn(files);
  const held = requests.map((r) => ({ ...r, beneficiaryId: survivor(r.beneficiaryId) }));
  const scope = { requestTypeIds: [typeKey], beforeVersion: change.version };
  const ids = beneficiariesToInform(held, scope).map((t) => t.beneficiaryId);
  const entries = (await deps.db.interactions.find({ selector: { beneficiaryId: { $in: ids } } }).exec()).map((doc) => doc.toMutableJSON());
  const recordId = changeRecordId(change.key, change.version);
  const informed = new Set(entries.filter((e) => e.recordKind === CHANGE_RECORD_KIND && e.recordId === recordId).map((e) => e.beneficiaryId));
  const consent = entries.filter((e) => e.kind === 'opt-out' || e.kind === 'opt-in');
  const channels = await activeChannels(deps.db);
  const byId = new Map(held.map((r) => [r.id, r]));
  const rows = beneficiariesToInform(held, scope, informed).map((target) => ({
    ...rowOf(target.beneficiaryId, files.get(target.beneficiaryId), channels, consent),
    requests: target.requestIds
      .flatMap((id) => {
        const r = byId.get(id);
        return r ? [{ id, requestNumber: r.requestNumber, status: r.status, version: r.requestType.version }] : [];
      })
      .sort((x, y) => x.requestNumber.localeCompare(y.requestNumber)),
  }));
  // In file-number order, so the list reads the same on every desk and after every change.
  rows.sort((x, y) => (x.file?.fileNumber ?? '').localeCompare(y.file?.fileNumber ?? ''));
  return { change, rows };
}

/** The list for one changed type, kept current as requests, files, the log and the catalog change. */
export function watchToInform(deps: Pick<CasesDeps, 'db'>, typeKey: string): Observable<InformList | null> {
  const { db } = deps;
  return merge(db.catalog.$, db.requests.$, db.beneficiaries.$, db.interactions.$).pipe(
    startWith(null),
    switchMap(() => from(readToInform(deps, typeKey))),
  );
}

export type ChangeContactInput = { typeKey: string; version: number; beneficiaryId: string; subject: string; summary: string };

/**
 * Logs that the beneficiary was told of the change, on their agreed channel, and so drops them from the
 * list. Everything is checked first against the list as it stands (one contact per beneficiary and change,
 * even on a double click): a refusal writes nothing.
 */
export function logChangeContact(deps: CasesDeps, input: ChangeContactInput): Promise<Result<InteractionDoc, CasesError>> {
  return serialized(`inform-change:${input.typeKey}:${input.beneficiaryId}`, async () => {
    if (!mayInformOfChanges(deps.actor.roles)) return err(casesError('case.role'));
    const subject = cleanTextInput(input.subject);
    const summary = cleanTextInput(input.summary, { multiline: true });
    if (subject === '' || subject.length > INTERACTION_LIMITS.subject) return err(casesError('cases.subject-invalid'));
    if (summary.length > INTERACTION_LIMITS.summary) return err(casesError('cases.summary-too-long'));
    const list = await readToInform(deps, input.typeKey);
    // The type changed again since the list was shown: the officer must see the newer change first.
    if (!list || list.change.version !== input.version) return err(casesError('cases.change-unknown'));
    const row = list.rows.find((r) => r.beneficiaryId === input.beneficiaryId);
    if (!row) return err(casesError('cases.nothing-to-inform'));
    if (!row.agreed) return err(casesError('cases.no-agreed-channel'));
    if (row.optedOut) return err(casesError('cases.opted-out'));
    const at = deps.now().toISOString();
    const doc: InteractionDoc = {
      id: crypto.randomUUID(), kind: 'contact', beneficiaryId: row.beneficiaryId, requestId: row.requests[0]?.id ?? '',
      recordKind: CHANGE_RECORD_KIND, recordId: changeRecordId(list.change.key, list.change.version),
      channel: row.agreed.channel, subChannel: row.agreed.subChannel, direction: 'outbound', subject, summary,
      staffId: deps.actor.id, at, updatedAt: at, updatedBy: deps.actor.id, deskId: deps.desk.deskId,
    };
    await deps.db.interactions.insert(doc);
    await appendAudit(deps.db, { actorId: deps.actor.id, action: 'interaction.create', entity: 'interactions', entityId: doc.id, fields: ['beneficiaryId', 'requestId', 'channel', 'subChannel', 'direction', 'subject', 'summary', 'recordId', 'at'], deskId: deps.desk.deskId }, deps.now());
    return ok(doc);
  });
}
