/**
 * A notice's state on screen, from the append-only log: queued until the server records an
 * outcome, then its latest delivery entry (sent, delivered, failed with the provider's reason, or
 * unknown: the server stopped mid-send and cannot tell whether it went out). Pure.
 */
import type { DeliveryState } from '../db/schemas/interaction.schema';

export type NoticeState = 'queued' | DeliveryState;

export type DeliveryEntry = { noticeId?: string; deliveryState?: string; reason?: string; at: string };

// Same instant: the later step wins (a status callback can land within the second of the send).
const RANK: Record<NoticeState, number> = { queued: 0, unknown: 1, sent: 2, failed: 3, delivered: 4 };

const isState = (value: unknown): value is DeliveryState => value === 'sent' || value === 'delivered' || value === 'failed' || value === 'unknown';

export function noticeState(noticeId: string, entries: readonly DeliveryEntry[]): { state: NoticeState; reason: string; at: string | null } {
  let best: { state: NoticeState; reason: string; at: string | null } = { state: 'queued', reason: '', at: null };
  for (const entry of entries) {
    if (entry.noticeId !== noticeId || !isState(entry.deliveryState)) continue;
    const later = best.at === null || entry.at > best.at || (entry.at === best.at && RANK[entry.deliveryState] > RANK[best.state]);
    if (later) best = { state: entry.deliveryState, reason: entry.reason ?? '', at: entry.at };
  }
  return best;
}

/** Notices staff must act on: they did not reach the beneficiary, or may not have. */
export function needsAnotherChannel(state: NoticeState): boolean {
  return state === 'failed' || state === 'unknown';
}

/**
 * Whether a beneficiary opted out of a sub-channel: the latest opt-out/opt-in entry for it decides
 * (none: not opted out).
 */
export function optedOut(subChannel: string, entries: readonly { kind?: string; subChannel: string; at: string }[]): boolean {
  let latest: { kind?: string; at: string } | null = null;
  for (const entry of entries) {
    if (entry.subChannel !== subChannel || (entry.kind !== 'opt-out' && entry.kind !== 'opt-in')) continue;
    if (latest === null || entry.at >= latest.at) latest = entry;
  }
  return latest?.kind === 'opt-out';
}
