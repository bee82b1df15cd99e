/**
 * Writing a file's consent (PDPL Art. 5, 12) and image consents (policy 3.6a). Each action checks
 * everything with the shared rules first (shared/consent): a refusal writes nothing. A withdrawal of
 * contact on SMS or e-mail also writes the outbox's opt-out entries, which the server honours
 * (server/outbox); they go first, so an interruption can only have stopped more, never less.
 */
import { map, type Observable } from 'rxjs';
import type { FileStore } from '@renderer/db/file-store';
import { getFileStore } from '@renderer/db/file-store';
import { appendAudit } from '@renderer/stores/audit-log';
import type { WaslDatabase } from '@renderer/db/database';
import { attachPaperForm, consentInForceAt, giveConsent, withdrawConsent, type GiveInput, type WithdrawInput } from '@shared/consent/consent-log';
import { addImageConsent, withdrawImageConsent, type ImageConsentErrors, type ImageConsentInput } from '@shared/consent/image-consent';
import { noticeFromCatalog, PRIVACY_NOTICE_KIND, type NoticeVersion } from '@shared/consent/privacy-notice';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import { channelChoiceEntry } from '@shared/outbox/channel-choice';
import { sendChannelOf } from '@shared/outbox/notice-rules';
import { err, ok, type Result } from '@shared/result';

export interface ConsentDeps {
  db: WaslDatabase;
  actor: { id: string };
  desk: { deskId: string };
  now: () => Date;
  /** The desk's file store (signed paper forms); the default one is opened when absent. */
  files?: Pick<FileStore, 'putFile'>;
}

const versionsOf = (docs: readonly { toMutableJSON: () => Parameters<typeof noticeFromCatalog>[0] }[]): NoticeVersion[] =>
  docs.flatMap((doc) => noticeFromCatalog(doc.toMutableJSON()) ?? []).sort((a, b) => a.version - b.version);

export async function readNotices(db: WaslDatabase): Promise<NoticeVersion[]> {
  return versionsOf(await db.catalog.find({ selector: { kind: PRIVACY_NOTICE_KIND } }).exec());
}

export function watchNotices(db: WaslDatabase): Observable<NoticeVersion[]> {
  return db.catalog.find({ selector: { kind: PRIVACY_NOTICE_KIND } }).$.pipe(map(versionsOf));
}

type Change = (file: BeneficiaryDoc) => Result<Partial<BeneficiaryDoc>, string>;

/** One checked change of a file and its audit entry (field names only, never values). */
async function changeFile(deps: ConsentDeps, id: string, action: string, change: Change): Promise<Result<BeneficiaryDoc, string>> {
  const doc = await deps.db.beneficiaries.findOne(id).exec();
  if (!doc) return err('consent.errors.file-not-found');
  const changed = change(doc.toMutableJSON());
  if (!changed.ok) return changed;
  const at = deps.now().toISOString();
  const saved = await doc.incrementalModify((current) => ({ ...current, ...changed.value, updatedAt: at, updatedBy: deps.actor.id, deskId: deps.desk.deskId }));
  await appendAudit(deps.db, { actorId: deps.actor.id, action, entity: 'beneficiaries', entityId: id, fields: Object.keys(changed.value), deskId: deps.desk.deskId }, deps.now());
  return ok(saved.toMutableJSON());
}

const stampOf = (deps: ConsentDeps) => ({ id: crypto.randomUUID(), at: deps.now().toISOString(), by: deps.actor.id });

/** A consent given again (e.g. to a newer notice version), by the method the person chose. */
export async function recordConsent(deps: ConsentDeps, id: string, input: GiveInput): Promise<Result<BeneficiaryDoc, string>> {
  const versions = (await readNotices(deps.db)).map((v) => v.version);
  const stamp = stampOf(deps);
  const before = (await deps.db.beneficiaries.findOne(id).exec())?.toMutableJSON();
  const saved = await changeFile(deps, id, 'consent.give', (file) => {
    const log = giveConsent(file, input, versions, stamp);
    return log.ok ? ok({ consentLog: log.value }) : log;
  });
  // A new consent lifts the withdrawals before it (consent-log.ts), so the outbox's opt-outs they wrote are
  // lifted too: the outbox (desk and server) reads only those. Written after the log: cut off between the
  // two, the person stays opted out, never the reverse.
  const lifted = saved.ok && before ? consentInForceAt(before, stamp.at).stoppedChannels.filter((channel) => sendChannelOf(channel) !== null) : [];
  const entries = lifted.map((subChannel) => channelChoiceEntry({ id: crypto.randomUUID(), beneficiaryId: id, subChannel, optOut: false, staffId: deps.actor.id, at: stamp.at, deskId: deps.desk.deskId }));
  if (entries.length > 0) {
    const written = await deps.db.interactions.bulkInsert(entries);
    if (written.error.length > 0) throw new Error('consent.give.write-failed', { cause: written.error[0] });
  }
  return saved;
}

/** A withdrawal: the outbox's opt-outs for the send channels it stops, then the consent log. */
export async function recordWithdrawal(deps: ConsentDeps, id: string, input: WithdrawInput): Promise<Result<BeneficiaryDoc, string>> {
  const file = await deps.db.beneficiaries.findOne(id).exec();
  if (!file) return err('consent.errors.file-not-found');
  const stamp = stampOf(deps);
  const checked = withdrawConsent(file.toMutableJSON(), input, stamp);
  if (!checked.ok) return checked;
  const sent = input.channels.filter((channel) => sendChannelOf(channel) !== null);
  const entries = sent.map((subChannel) => channelChoiceEntry({ id: crypto.randomUUID(), beneficiaryId: id, subChannel, optOut: true, staffId: deps.actor.id, at: stamp.at, deskId: deps.desk.deskId }));
  if (entries.length > 0) {
    const written = await deps.db.interactions.bulkInsert(entries);
    if (written.error.length > 0) throw new Error('consent.withdraw.write-failed', { cause: written.error[0] });
  }
  return changeFile(deps, id, 'consent.withdraw', (current) => {
    const log = withdrawConsent(current, input, stamp);
    return log.ok ? ok({ consentLog: log.value }) : log;
  });
}

export type PaperInput = { file: Blob; name: string; type: string };

async function storePaper(deps: ConsentDeps, paper: PaperInput): Promise<Result<Parameters<typeof attachPaperForm>[2], string>> {
  const stored = await (deps.files ?? (await getFileStore())).putFile(paper.file, paper.name, paper.type);
  return stored.ok ? stored : err(`errors.${stored.error}`);
}

/** The signed paper form, attached to the consent given on paper (stored in the desk's file store). */
export async function attachConsentForm(deps: ConsentDeps, id: string, stepId: string, paper: PaperInput): Promise<Result<BeneficiaryDoc, string>> {
  const stored = await storePaper(deps, paper);
  if (!stored.ok) return stored;
  return changeFile(deps, id, 'consent.paper', (file) => {
    const log = attachPaperForm(file, stepId, stored.value);
    return log.ok ? ok({ consentLog: log.value }) : log;
  });
}

/** A consent to use the person's photo, story or work; errors per field (translation keys). */
export async function recordImageConsent(deps: ConsentDeps, id: string, input: Omit<ImageConsentInput, 'paperForm'>, paper: PaperInput | null): Promise<Result<BeneficiaryDoc, ImageConsentErrors | string>> {
  const file = await deps.db.beneficiaries.findOne(id).exec();
  if (!file) return err('consent.errors.file-not-found');
  const stamp = stampOf(deps);
  // Checked before the paper is stored: bad input stores nothing.
  const checked = addImageConsent(file.toMutableJSON(), input, stamp);
  if (!checked.ok) return checked;
  const stored = paper && input.method === 'paper' ? await storePaper(deps, paper) : null;
  if (stored && !stored.ok) return stored;
  const paperForm = stored?.value ?? null;
  let fieldErrors: ImageConsentErrors | null = null;
  const result = await changeFile(deps, id, 'consent.image', (current) => {
    const list = addImageConsent(current, { ...input, paperForm }, stamp);
    if (list.ok) return ok({ imageConsents: list.value });
    fieldErrors = list.error;
    return err('consent.errors.image');
  });
  return fieldErrors ? err(fieldErrors) : result;
}

export function recordImageWithdrawal(deps: ConsentDeps, id: string, consentId: string): Promise<Result<BeneficiaryDoc, string>> {
  const stamp = { at: deps.now().toISOString(), by: deps.actor.id };
  return changeFile(deps, id, 'consent.image-withdraw', (file) => {
    const list = withdrawImageConsent(file, consentId, stamp);
    return list.ok ? ok({ imageConsents: list.value }) : list;
  });
}
