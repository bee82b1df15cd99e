/**
 * Appends one audit entry. Every feature that changes data records who did what through this,
 * so the entries look the same everywhere (features cannot import each other).
 *
 * Each entry takes the next place in the desk's hash chain (shared/audit/audit-chain.ts). Two people
 * on one desk (two windows) write concurrently, so appends run one at a time per desk (serialized:
 * a promise chain here and a Web Lock across windows), the same way human numbers are handed out.
 * The chain's head (last seq and hash) is a desk-local document, so an append never scans the log and
 * an entry removed from the database leaves a gap the check finds (the head still follows it); when
 * the head is missing (first entry after the upgrade, a restored desk) it is read off the entries once.
 */
import type { WaslDatabase } from '@renderer/db/database';
import { serialized } from '@renderer/db/serial';
import { nextLink, verifyChains, type ChainedEntry, type ChainFinding, type ChainLink } from '@shared/audit/audit-chain';
import { sha256Hex } from '@shared/audit/audit-hash';
import type { AuditDoc } from '@shared/db/schemas/audit.schema';

export interface AuditEvent {
  actorId: string;
  action: string;
  entity: string;
  entityId: string;
  fields?: string[];
  deskId: string;
}

type ChainHead = { deskId: string; seq: number; hash: string };

const HEAD_ID = 'audit-chain-head';

/** The desk's last chained entry: the local head, else (once) the highest seq among the desk's entries. */
async function chainHead(db: WaslDatabase, deskId: string): Promise<ChainHead | null> {
  const stored = (await db.getLocal<ChainHead>(HEAD_ID))?.toJSON().data;
  if (stored?.deskId === deskId) return stored;
  const entries = await db.audit.find({ selector: { deskId, seq: { $gt: 0 } } }).exec();
  const last = entries.reduce<AuditDoc | null>((top, doc) => ((doc.seq ?? 0) > (top?.seq ?? 0) ? doc.toMutableJSON() : top), null);
  return last ? { deskId, seq: last.seq ?? 0, hash: last.hash ?? '' } : null;
}

export async function appendAudit(db: WaslDatabase, event: AuditEvent, now: Date = new Date()): Promise<void> {
  const at = now.toISOString();
  const base = {
    id: crypto.randomUUID(),
    at,
    actorId: event.actorId,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId,
    fields: event.fields ?? [],
    deskId: event.deskId,
    updatedBy: event.actorId,
  };
  await serialized(`audit-chain:${event.deskId}`, async () => {
    const link: ChainLink = nextLink(base, await chainHead(db, event.deskId), sha256Hex);
    const doc: AuditDoc = { ...base, updatedAt: at, ...link };
    await db.audit.insert(doc);
    await db.upsertLocal<ChainHead>(HEAD_ID, { deskId: event.deskId, seq: link.seq, hash: link.hash });
  });
}

/** A discarded interrupted setup removes its entries: the chain then starts again at place 1. */
export async function forgetAuditChainHead(db: WaslDatabase): Promise<void> {
  await (await db.getLocal(HEAD_ID))?.remove();
}

/** The desk's own check of every chain it holds (its own and those pulled from other desks). */
export async function checkAuditChains(db: WaslDatabase): Promise<ChainFinding[]> {
  const entries = await db.audit.find({ selector: { seq: { $gt: 0 } } }).exec();
  return verifyChains(entries.map((doc) => chainedOf(doc.toMutableJSON())), sha256Hex);
}

function chainedOf(doc: AuditDoc): ChainedEntry {
  return { ...doc, seq: doc.seq ?? 0, prevHash: doc.prevHash ?? '', hash: doc.hash ?? '' };
}

/** The settings screen's check: every chain the desk holds, the check itself audited (what was found, by kind). */
export async function runDeskChainCheck(db: WaslDatabase, actorId: string, deskId: string): Promise<ChainFinding[]> {
  const findings = await checkAuditChains(db);
  const kinds = [...new Set(findings.map((finding) => finding.kind))];
  await appendAudit(db, { actorId, action: 'audit.chain-check', entity: 'desk', entityId: deskId, fields: kinds, deskId });
  return findings;
}
