/**
 * Queueing a notice (policy 3.3e): a `notice` entry in the communication log, written on the desk
 * (offline too) and sent by the server when it syncs (server/outbox/). Generic over the record it
 * concerns (a request today, a case later): the caller names it. Checked first with the same rule
 * the server applies (shared/outbox/notice-rules.ts): a refusal writes nothing.
 */
import { appendAudit } from '@renderer/stores/audit-log';
import type { WaslDatabase } from '@renderer/db/database';
import type { InteractionDoc } from '@shared/db/schemas/interaction.schema';
import { contactAllowed } from '@shared/consent/consent-log';
import { checkNotice, type NoticeError } from '@shared/outbox/notice-rules';
import { optedOut } from '@shared/outbox/notice-state';
import { CHANNEL_OF } from '@shared/outbox/channel-choice';
import { err, ok, type Result } from '@shared/result';

export interface OutboxDeps {
  db: WaslDatabase;
  actor: { id: string };
  desk: { deskId: string };
  now: () => Date;
}

/** The record a notice concerns: its kind ('request', 'case', …) and id. */
export type NoticeRecord = { kind: string; id: string };

export type QueueInput = {
  record: NoticeRecord;
  beneficiaryId: string;
  /** the request, when the record is one or belongs to one ('' otherwise) */
  requestId?: string;
  /** catalog sub-channel: 'sms' or 'email' (see SEND_CHANNELS) */
  subChannel: string;
  address: string;
  subject: string;
  text: string;
  /** an urgent SMS may go during the quiet hours */
  urgent?: boolean;
};

export type OutboxError = NoticeError | 'outbox.beneficiary-not-found' | 'outbox.opted-out' | 'outbox.consent-withdrawn';

export { CHANNEL_OF } from '@shared/outbox/channel-choice';

/**
 * The file exists, and the person has not withdrawn their consent to contact on this sub-channel
 * (PDPL Art. 5: a withdrawal stops that processing; shared/consent/consent-log.ts).
 */
async function mayContact(deps: OutboxDeps, id: string, subChannel: string): Promise<Result<true, OutboxError>> {
  const file = await deps.db.beneficiaries.findOne(id).exec();
  if (file === null) return err('outbox.beneficiary-not-found');
  const consent = { consent: file.consent, ...(file.consentLog ? { consentLog: [...file.consentLog] } : {}) };
  return contactAllowed(consent, subChannel, deps.now().toISOString()) ? ok(true) : err('outbox.consent-withdrawn');
}

export async function queueNotice(deps: OutboxDeps, input: QueueInput): Promise<Result<InteractionDoc, OutboxError>> {
  const checked = checkNotice({ subChannel: input.subChannel, address: input.address, subject: input.subject, text: input.text });
  if (!checked.ok) return checked;
  const allowed = await mayContact(deps, input.beneficiaryId, input.subChannel);
  if (!allowed.ok) return allowed;
  // The server refuses it too; saying so here lets staff pick another channel at once.
  const consent = await deps.db.interactions.find({ selector: { beneficiaryId: input.beneficiaryId, kind: { $in: ['opt-out', 'opt-in'] } } }).exec();
  if (optedOut(input.subChannel, consent.map((entry) => ({ kind: entry.kind, subChannel: entry.subChannel, at: entry.at })))) return err('outbox.opted-out');
  const at = deps.now().toISOString();
  const doc: InteractionDoc = {
    id: crypto.randomUUID(),
    kind: 'notice',
    beneficiaryId: input.beneficiaryId,
    requestId: input.requestId ?? '',
    recordKind: input.record.kind,
    recordId: input.record.id,
    channel: CHANNEL_OF[input.subChannel] ?? '',
    subChannel: input.subChannel,
    direction: 'outbound',
    address: checked.value.address,
    urgent: checked.value.channel === 'sms' && input.urgent === true,
    subject: checked.value.subject || checked.value.text.slice(0, 60),
    summary: checked.value.text,
    staffId: deps.actor.id,
    at,
    updatedAt: at,
    updatedBy: deps.actor.id,
    deskId: deps.desk.deskId,
  };
  await deps.db.interactions.insert(doc);
  await appendAudit(deps.db, { actorId: deps.actor.id, action: 'notice.queue', entity: 'interactions', entityId: doc.id, fields: ['subChannel', 'address', 'summary', 'recordId'], deskId: deps.desk.deskId }, deps.now());
  return ok(doc);
}

/**
 * WhatsApp is sent by a person (no unofficial automation): once they confirm, the message is
 * logged as an outbound contact, as every confirmed notice was before the outbox.
 */
export async function confirmWhatsappSent(deps: OutboxDeps, input: Omit<QueueInput, 'subChannel' | 'urgent'>): Promise<Result<InteractionDoc, OutboxError>> {
  const text = input.text.trim();
  if (text === '') return err('outbox.text-required');
  const allowed = await mayContact(deps, input.beneficiaryId, 'whatsapp');
  if (!allowed.ok) return allowed;
  const at = deps.now().toISOString();
  const doc: InteractionDoc = {
    id: crypto.randomUUID(),
    kind: 'contact',
    beneficiaryId: input.beneficiaryId,
    requestId: input.requestId ?? '',
    recordKind: input.record.kind,
    recordId: input.record.id,
    channel: 'phone',
    subChannel: 'whatsapp',
    direction: 'outbound',
    subject: input.subject.trim() || text.slice(0, 60),
    summary: text,
    staffId: deps.actor.id,
    at,
    updatedAt: at,
    updatedBy: deps.actor.id,
    deskId: deps.desk.deskId,
  };
  await deps.db.interactions.insert(doc);
  await appendAudit(deps.db, { actorId: deps.actor.id, action: 'interaction.create', entity: 'interactions', entityId: doc.id, fields: ['subChannel', 'summary', 'recordId'], deskId: deps.desk.deskId }, deps.now());
  return ok(doc);
}
