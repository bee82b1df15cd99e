import { randomUUID } from 'node:crypto';
import { UNCHAINED_SEQ, verifyChains, type ChainedEntry, type ChainFinding } from '@shared/audit/audit-chain';
import { sha256Hex } from '@shared/audit/audit-hash';
import type { PushRow, SyncDocument } from '@shared/sync/protocol';
import type { Database, Queryable } from '../db/database';
import { pushDocumentsIn, type PushOptions } from './document-store';

/**
 * The server checks every pushed audit chain (shared/audit/audit-chain.ts): after a desk's audit
 * entries are stored, its chain is verified from the place before the first pushed entry on. A gap,
 * a reordering or an edited entry becomes a finding (table audit_chain_findings, GET
 * /audit/chain-findings) and a server-authored audit entry, so the administration sees it on its
 * desks too (the audit pull filter gives admins every desk's entries). The entry names the desk, the
 * kind and the place, never what the entries said (the audit trail holds no personal values).
 */
export const SERVER_AUDIT_ACTOR = 'server';
export const CHAIN_BROKEN_ACTION = 'audit.chain-broken';

type ChainRow = { data: ChainedEntry };

/** The first pushed place per desk: where each desk's check starts. */
function firstPlaces(rows: readonly PushRow[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const { newDocumentState: doc } of rows) {
    const seq = typeof doc.seq === 'number' ? doc.seq : UNCHAINED_SEQ;
    if (doc._deleted === true || seq === UNCHAINED_SEQ || typeof doc.deskId !== 'string') continue;
    first.set(doc.deskId, Math.min(first.get(doc.deskId) ?? seq, seq));
  }
  return first;
}

async function findingsOf(tx: Queryable, deskId: string, fromSeq: number): Promise<ChainFinding[]> {
  const rows = await tx.query<ChainRow>(
    `SELECT data FROM documents WHERE collection = 'audit' AND NOT deleted
       AND (data ->> 'deskId') = $1 AND ((data ->> 'seq')::bigint) >= $2`,
    [deskId, Math.max(fromSeq - 1, 1)],
  );
  const entries = rows.map((row) => ({ ...row.data, prevHash: row.data.prevHash ?? '', hash: row.data.hash ?? '' }));
  const findings = verifyChains(entries, sha256Hex);
  // The entry before the push was checked when it came: held, it is where this window starts, not a gap.
  const anchor = entries.some((entry) => entry.seq === fromSeq - 1);
  return findings.filter((finding) => !(anchor && finding.kind === 'gap' && finding.seq === fromSeq - 1));
}

async function recordFinding(tx: Queryable, finding: ChainFinding): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO audit_chain_findings (desk_id, kind, seq, entry_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING RETURNING id`,
    [finding.deskId, finding.kind, finding.seq, finding.entryId],
  );
  return rows.length > 0;
}

function findingEntry(finding: ChainFinding, now: string): SyncDocument {
  return {
    id: randomUUID(), at: now, actorId: SERVER_AUDIT_ACTOR, action: CHAIN_BROKEN_ACTION, entity: 'desk', entityId: finding.deskId,
    fields: [finding.kind, `seq-${finding.seq}`], deskId: SERVER_AUDIT_ACTOR, updatedAt: now, updatedBy: SERVER_AUDIT_ACTOR, _deleted: false,
  };
}

/** Checks the chains a push touched; returns the new findings (already recorded and announced). */
export async function checkPushedAuditChains(
  db: Database,
  rows: readonly PushRow[],
  options: Pick<PushOptions, 'duplicateRules' | 'channel'>,
  now: Date = new Date(),
): Promise<ChainFinding[]> {
  const places = firstPlaces(rows);
  if (places.size === 0) return [];
  return db.transaction(async (tx) => {
    const fresh: ChainFinding[] = [];
    for (const [deskId, fromSeq] of places) {
      for (const finding of await findingsOf(tx, deskId, fromSeq)) if (await recordFinding(tx, finding)) fresh.push(finding);
    }
    if (fresh.length > 0) {
      const entries = fresh.map((finding) => ({ newDocumentState: findingEntry(finding, now.toISOString()) }));
      await pushDocumentsIn(tx, entries, { collection: 'audit', primaryKey: 'id', ...options });
    }
    return fresh;
  });
}

export type StoredFinding = ChainFinding & { id: number; foundAt: string };

export async function listChainFindings(db: Queryable, limit = 500): Promise<StoredFinding[]> {
  const rows = await db.query<{ id: string; desk_id: string; kind: ChainFinding['kind']; seq: string; entry_id: string; found_at: Date }>(
    'SELECT id::text AS id, desk_id, kind, seq::text AS seq, entry_id, found_at FROM audit_chain_findings ORDER BY id DESC LIMIT $1',
    [limit],
  );
  return rows.map((row) => ({ id: Number(row.id), deskId: row.desk_id, kind: row.kind, seq: Number(row.seq), entryId: row.entry_id, foundAt: new Date(row.found_at).toISOString() }));
}
