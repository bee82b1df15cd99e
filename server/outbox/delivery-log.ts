/**
 * Outcomes into the communication log: each outbox event becomes a server-authored `interactions`
 * entry of kind 'delivery' pointing at its notice, pushed like any desk's write (document-store.ts)
 * so it gets a sequence and reaches every desk. Append-only: a later outcome is a new entry. The
 * entry's id and content are derived from (notice, state) and the event's stored time, so writing
 * it again after a crash is the same document (a replayed push that changes nothing).
 */
import { createHash } from 'node:crypto';
import type { InteractionDoc } from '@shared/db/schemas/interaction.schema';
import type { Database } from '../db/database';
import { pushDocuments } from '../sync/document-store';
import type { DuplicateRule } from '../sync/duplicates';
import { markLogged, unloggedEvents, type EventRow } from './outbox-store';

/** The author and desk of what the server writes itself (no person did it). */
export const SERVER_AUTHOR = 'server';

/** A UUID-shaped id (version 5 style) from a name: the same outcome always gets the same id. */
export function derivedId(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

export function deliveryEntry(event: EventRow): InteractionDoc {
  const notice = event.data;
  const at = new Date(event.at).toISOString();
  return {
    id: derivedId(`delivery:${event.notice_id}:${event.state}`),
    kind: 'delivery',
    beneficiaryId: str(notice.beneficiaryId),
    requestId: str(notice.requestId),
    channel: str(notice.channel),
    subChannel: str(notice.subChannel),
    direction: 'outbound',
    subject: str(notice.subject) || event.state,
    summary: '',
    staffId: SERVER_AUTHOR,
    at,
    recordKind: str(notice.recordKind),
    recordId: str(notice.recordId),
    noticeId: event.notice_id,
    deliveryState: event.state,
    reason: event.reason.slice(0, 500),
    updatedAt: at,
    updatedBy: SERVER_AUTHOR,
    deskId: SERVER_AUTHOR,
  };
}

export type LogOptions = { duplicateRules: readonly DuplicateRule[]; channel: string };

/** Writes every outcome not yet in the log; returns how many. */
export async function writeDeliveryEntries(db: Database, options: LogOptions, batch = 100): Promise<number> {
  const events = await unloggedEvents(db, batch);
  if (events.length === 0) return 0;
  const rows = events.map((event) => ({ assumedMasterState: null, newDocumentState: { ...deliveryEntry(event), _deleted: false } }));
  await pushDocuments(db, rows, { collection: 'interactions', primaryKey: 'id', duplicateRules: options.duplicateRules, channel: options.channel });
  await markLogged(db, events);
  return events.length;
}
