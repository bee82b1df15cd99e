/**
 * A data request's one extension with its notice (PDPL implementing regulation: the requester is told
 * the extension and its reasons): composed here because it joins two features, data rights (the
 * extension) and the outbox (the notice on the person's agreed channel, sent by the server). The
 * notice is checked before anything is written, so a channel the server cannot send on (or one the
 * person opted out of) refuses the extension whole and staff choose another way first.
 */
import { extendRequest, type DataRequestFailure, type DataRightsDeps } from '@renderer/features/data-rights/data/data-request-write';
import { queueNotice, type OutboxError } from '@renderer/features/outbox/data/queue-notice';
import { riyadhDateOf } from '@shared/calendar/iso-date';
import { extend, extensionNoticeText } from '@shared/data-requests/data-request';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import { checkNotice } from '@shared/outbox/notice-rules';
import { optedOut } from '@shared/outbox/notice-state';
import { err, ok, type Result } from '@shared/result';

export async function extendWithNotice(deps: DataRightsDeps, caseId: string, days: number, reason: string): Promise<Result<CaseDoc, DataRequestFailure | OutboxError>> {
  const doc = (await deps.db.cases.findOne(caseId).exec())?.toMutableJSON();
  if (!doc?.dataRequest) return err('data-request.not-found');
  const now = deps.now();
  const preview = extend(doc.dataRequest, { days, reason, by: deps.actorId, at: now.toISOString(), today: riyadhDateOf(now.getTime()) });
  if (!preview.ok) return preview;
  const channel = (await deps.db.beneficiaries.findOne(doc.beneficiaryId).exec())?.toMutableJSON().preferredChannel;
  const draft = { subChannel: channel?.subChannel ?? '', address: channel?.address ?? '', subject: doc.caseNumber, text: extensionNoticeText(doc.caseNumber, preview.value) };
  const checked = checkNotice(draft);
  if (!checked.ok) return checked;
  const consent = await deps.db.interactions.find({ selector: { beneficiaryId: doc.beneficiaryId, kind: { $in: ['opt-out', 'opt-in'] } } }).exec();
  if (optedOut(draft.subChannel, consent.map((entry) => ({ kind: entry.kind, subChannel: entry.subChannel, at: entry.at })))) return err('outbox.opted-out');
  const extended = await extendRequest(deps, caseId, days, reason);
  if (!extended.ok) return extended;
  const queued = await queueNotice({ db: deps.db, actor: { id: deps.actorId }, desk: deps.desk, now: deps.now }, { record: { kind: 'case', id: caseId }, beneficiaryId: doc.beneficiaryId, ...draft });
  return queued.ok ? ok(extended.value) : queued;
}
