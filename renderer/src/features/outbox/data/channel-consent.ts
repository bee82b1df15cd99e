/**
 * A beneficiary's opting out of (or back into) a channel the server sends by (PDPL consent; policy
 * 3.3e "the means agreed"): an `opt-out` / `opt-in` entry in the communication log, so the choice
 * has its history and two desks never conflict over it. The latest entry decides
 * (shared/outbox/notice-state.ts optedOut), on the desk and on the server alike.
 */
import { map, type Observable } from 'rxjs';
import { appendAudit } from '@renderer/stores/audit-log';
import type { InteractionDoc } from '@shared/db/schemas/interaction.schema';
import { optedOut } from '@shared/outbox/notice-state';
import { err, ok, type Result } from '@shared/result';
import { channelChoiceEntry } from '@shared/outbox/channel-choice';
import type { OutboxDeps } from './queue-notice';

export const CONSENT_CHANNELS = ['sms', 'email'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

type ConsentEntry = { kind?: string; subChannel: string; at: string };

export async function consentEntries(deps: Pick<OutboxDeps, 'db'>, beneficiaryId: string): Promise<ConsentEntry[]> {
  const docs = await deps.db.interactions.find({ selector: { beneficiaryId, kind: { $in: ['opt-out', 'opt-in'] } } }).exec();
  return docs.map((doc) => ({ kind: doc.kind, subChannel: doc.subChannel, at: doc.at }));
}

/** Per channel: true when the beneficiary opted out of it. */
export function watchOptOuts(deps: Pick<OutboxDeps, 'db'>, beneficiaryId: string): Observable<Record<ConsentChannel, boolean>> {
  return deps.db.interactions
    .find({ selector: { beneficiaryId, kind: { $in: ['opt-out', 'opt-in'] } } })
    .$.pipe(
      map((docs) => {
        const entries = docs.map((doc) => ({ kind: doc.kind, subChannel: doc.subChannel, at: doc.at }));
        return { sms: optedOut('sms', entries), email: optedOut('email', entries) };
      }),
    );
}

export async function recordChannelChoice(deps: OutboxDeps, input: { beneficiaryId: string; subChannel: ConsentChannel; optOut: boolean }): Promise<Result<InteractionDoc, 'outbox.beneficiary-not-found'>> {
  if (!(await deps.db.beneficiaries.findOne(input.beneficiaryId).exec())) return err('outbox.beneficiary-not-found');
  const at = deps.now().toISOString();
  const doc = channelChoiceEntry({ id: crypto.randomUUID(), beneficiaryId: input.beneficiaryId, subChannel: input.subChannel, optOut: input.optOut, staffId: deps.actor.id, at, deskId: deps.desk.deskId });
  await deps.db.interactions.insert(doc);
  await appendAudit(deps.db, { actorId: deps.actor.id, action: `notice.${doc.kind}`, entity: 'interactions', entityId: doc.id, fields: ['subChannel'], deskId: deps.desk.deskId }, deps.now());
  return ok(doc);
}
