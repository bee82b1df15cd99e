/**
 * The notices of a beneficiary (or of one record) with their state read off the delivery entries
 * the server writes back (shared/outbox/notice-state.ts): newest first.
 */
import { map, type Observable } from 'rxjs';
import type { InteractionDoc } from '@shared/db/schemas/interaction.schema';
import { noticeState, type NoticeState } from '@shared/outbox/notice-state';
import type { OutboxDeps } from './queue-notice';

export type NoticeRow = { notice: InteractionDoc; state: NoticeState; reason: string; stateAt: string | null };

export function noticeRows(entries: readonly InteractionDoc[], recordId?: string): NoticeRow[] {
  const outcomes = entries.filter((entry) => entry.kind === 'delivery').map((entry) => ({ noticeId: entry.noticeId, deliveryState: entry.deliveryState, reason: entry.reason, at: entry.at }));
  return entries
    .filter((entry) => entry.kind === 'notice' && (recordId === undefined || entry.recordId === recordId))
    .sort((a, b) => b.at.localeCompare(a.at))
    .map((notice) => {
      const { state, reason, at } = noticeState(notice.id, outcomes);
      return { notice, state, reason, stateAt: at };
    });
}

export function watchNotices(deps: Pick<OutboxDeps, 'db'>, beneficiaryId: string, recordId?: string): Observable<NoticeRow[]> {
  return deps.db.interactions
    .find({ selector: { beneficiaryId } })
    .$.pipe(map((docs) => noticeRows(docs.map((doc) => doc.toMutableJSON()), recordId)));
}
