/**
 * What the server checks before it sends a notice, whatever the desk checked: the notice is sound
 * (shared/outbox/notice-rules.ts: a desk may be old or tampered with), the beneficiary has not
 * opted out of the sub-channel (latest opt-out/opt-in entry), and an SMS that is not urgent waits
 * out the quiet hours (shared/outbox/quiet-hours.ts).
 */
import { checkNotice, type CheckedNotice } from '@shared/outbox/notice-rules';
import { optedOut } from '@shared/outbox/notice-state';
import { earliestSendTime } from '@shared/outbox/quiet-hours';
import type { Queryable } from '../db/database';

export type Verdict = { kind: 'send'; notice: CheckedNotice } | { kind: 'fail'; reason: string } | { kind: 'wait'; until: Date };

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

async function consentEntries(db: Queryable, beneficiaryId: string): Promise<{ kind?: string; subChannel: string; at: string }[]> {
  const rows = await db.query<{ data: Record<string, unknown> }>(
    `SELECT data FROM documents WHERE collection = 'interactions' AND NOT deleted
       AND (data ->> 'beneficiaryId') = $1 AND (data ->> 'kind') IN ('opt-out', 'opt-in')`,
    [beneficiaryId],
  );
  return rows.map(({ data }) => ({ kind: str(data.kind), subChannel: str(data.subChannel), at: str(data.at) }));
}

export async function judgeNotice(db: Queryable, notice: Record<string, unknown>, now: Date): Promise<Verdict> {
  const subChannel = str(notice.subChannel);
  const checked = checkNotice({ subChannel, address: str(notice.address), subject: str(notice.subject), text: str(notice.summary) });
  // The reason is the rule's code: desks translate it (outbox.reasons.*).
  if (!checked.ok) return { kind: 'fail', reason: checked.error };
  if (optedOut(subChannel, await consentEntries(db, str(notice.beneficiaryId)))) return { kind: 'fail', reason: 'outbox.opted-out' };
  const earliest = earliestSendTime(now, checked.value.channel, notice.urgent === true);
  if (earliest > now) return { kind: 'wait', until: earliest };
  return { kind: 'send', notice: checked.value };
}
