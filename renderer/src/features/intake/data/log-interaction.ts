/**
 * The communication log (policy 3.1, 3.7): every contact with a beneficiary, append-only. There is
 * no update or delete here on purpose: a wrong entry is corrected by a new one.
 */
import { appendAudit } from '@renderer/stores/audit-log';
import { findSubChannel, type Channel } from '@shared/catalog/channels';
import { INTERACTION_DIRECTIONS, INTERACTION_LIMITS, type InteractionDirection, type InteractionDoc } from '@shared/db/schemas/interaction.schema';
import { cleanTextInput } from '@shared/registry/text-normalize';
import { err, ok, type Result } from '@shared/result';
import { intakeError, type IntakeDeps, type IntakeError } from './deps';

export type InteractionInput = {
  beneficiaryId: string;
  /** The request the contact concerns; '' or absent when none. */
  requestId?: string;
  channel: string;
  subChannel: string;
  direction: InteractionDirection;
  subject: string;
  summary: string;
  /** When the contact happened (ISO instant); defaults to now. Never in the future. */
  at?: string;
};

// Five minutes of slack: two desks' clocks (or a form opened just now) may disagree a little.
const FUTURE_SLACK_MS = 5 * 60 * 1000;

async function activeChannels(deps: Pick<IntakeDeps, 'db'>): Promise<Channel[]> {
  const docs = await deps.db.catalog.find({ selector: { kind: 'channel' } }).exec();
  return docs
    .map((doc) => doc.toMutableJSON())
    .filter((doc) => doc.active)
    .map((doc) => ({ key: doc.key, labelAr: doc.labelAr, labelEn: doc.labelEn, subChannels: Array.isArray(doc.data?.subChannels) ? (doc.data.subChannels as Channel['subChannels']) : [] }));
}

/**
 * Checks an entry and builds the document, writing nothing. Used by logInteraction and by the
 * 'informed' transition, which must refuse a bad notice before it moves the request.
 */
export async function prepareInteraction(deps: IntakeDeps, input: InteractionInput): Promise<Result<InteractionDoc, IntakeError>> {
  const now = deps.now();
  const subject = cleanTextInput(input.subject);
  const summary = cleanTextInput(input.summary, { multiline: true });
  if (!(INTERACTION_DIRECTIONS as readonly string[]).includes(input.direction)) return err(intakeError('interaction.direction'));
  if (subject === '') return err(intakeError('interaction.subject-required'));
  if (subject.length > INTERACTION_LIMITS.subject) return err(intakeError('interaction.subject-too-long'));
  if (summary.length > INTERACTION_LIMITS.summary) return err(intakeError('interaction.summary-too-long'));
  const atMs = input.at === undefined ? now.getTime() : Date.parse(input.at);
  if (!Number.isFinite(atMs) || (input.at !== undefined && !/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:\d{2})$/.test(input.at))) return err(intakeError('interaction.at-invalid'));
  if (atMs > now.getTime() + FUTURE_SLACK_MS) return err(intakeError('interaction.at-future'));
  if (!findSubChannel(input.channel, input.subChannel, await activeChannels(deps))) return err(intakeError('interaction.channel-unknown'));
  if (!(await deps.db.beneficiaries.findOne(input.beneficiaryId).exec())) return err(intakeError('interaction.beneficiary-not-found'));
  const requestId = input.requestId?.trim() ?? '';
  if (requestId !== '') {
    const request = await deps.db.requests.findOne(requestId).exec();
    // A request of another beneficiary is as unknown here as a missing one.
    if (!request || request.beneficiaryId !== input.beneficiaryId) return err(intakeError('interaction.request-not-found'));
  }
  const stamp = now.toISOString();
  return ok({
    id: crypto.randomUUID(),
    kind: 'contact',
    beneficiaryId: input.beneficiaryId,
    requestId,
    channel: input.channel,
    subChannel: input.subChannel,
    direction: input.direction,
    subject,
    summary,
    staffId: deps.actor.id,
    at: new Date(atMs).toISOString(),
    updatedAt: stamp,
    updatedBy: deps.actor.id,
    deskId: deps.desk.deskId,
  });
}

/** Writes a prepared entry and its audit line. */
export async function insertInteraction(deps: IntakeDeps, doc: InteractionDoc): Promise<InteractionDoc> {
  await deps.db.interactions.insert(doc);
  await appendAudit(
    deps.db,
    { actorId: deps.actor.id, action: 'interaction.create', entity: 'interactions', entityId: doc.id, fields: ['beneficiaryId', 'requestId', 'channel', 'subChannel', 'direction', 'subject', 'summary', 'at'], deskId: deps.desk.deskId },
    deps.now(),
  );
  return doc;
}

/** Logs a contact; refused (nothing written) with an 'interaction.*' code when the entry is not sound. */
export async function logInteraction(deps: IntakeDeps, input: InteractionInput): Promise<Result<InteractionDoc, IntakeError>> {
  const prepared = await prepareInteraction(deps, input);
  if (!prepared.ok) return prepared;
  return ok(await insertInteraction(deps, prepared.value));
}
