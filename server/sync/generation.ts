import { randomUUID } from 'node:crypto';
import type { ServerConfig } from '../config';
import type { Database, Queryable } from '../db/database';
import { migrate } from '../db/migrate';
import { openDatabase } from '../db/open-database';

/**
 * The server's generation (migration 0008; ARCHITECTURE.md, "Sync"): sent on every answer
 * (GENERATION_HEADER), changed whenever the database is restored or recreated. A desk that meets a
 * new one starts its replication over (renderer/src/sync/generation-guard.ts): it re-sends what the
 * server lost and re-pulls from the start, since its checkpoints belong to the old history.
 *
 * How a restore is noticed without anyone remembering to say so: the generation row keeps the OID of
 * its own table and PostgreSQL's timeline when it was minted. A logical restore (pg_restore, psql of a
 * dump) recreates the table, so its OID is new while the row says the old one; a physical restore
 * (base backup + WAL to a point in time) or a promoted replica starts a new timeline. Neither can come
 * back from a backup. Checked at start and every few seconds after (a restore under a running server;
 * several processes on one database all follow the row). `npm run server -- new-generation` mints one
 * by hand for what no check can see (a data-only restore into the same tables).
 */
export type GenerationRow = { generation: string; table_oid: string; timeline: string | null; reason: string; restored_seq: string };

/** The generation in force and the last sequence its backup held (0 for a new database). */
export type Generation = { generation: string; restoredSeq: number };

/** A restored database may have lost WEB numbers the public page gave out (complaints/web-case-document.ts): skip past them. */
export const WEB_NUMBER_GAP_AFTER_RESTORE = 1000;

const CHECK_INTERVAL_MS = 5_000;

async function currentOid(db: Queryable): Promise<string> {
  const rows = await db.query<{ oid: string }>("SELECT 'server_generation'::regclass::oid::bigint::text AS oid");
  return String(rows[0]?.oid);
}

/** The timeline, where the role may read it (pg_control_checkpoint needs superuser or pg_monitor); null when not. */
async function currentTimeline(db: Database): Promise<string | null> {
  try {
    const rows = await db.query<{ timeline: string }>('SELECT timeline_id::text AS timeline FROM pg_control_checkpoint()');
    return rows[0]?.timeline ?? null;
  } catch {
    return null;
  }
}

export async function readGeneration(db: Queryable): Promise<GenerationRow | null> {
  const rows = await db.query<GenerationRow>('SELECT generation, table_oid::text AS table_oid, timeline::text AS timeline, reason, restored_seq::text AS restored_seq FROM server_generation');
  return rows[0] ?? null;
}

/** Why the stored generation no longer describes this database, or null when it does. */
export function staleReason(row: GenerationRow | null, oid: string, timeline: string | null): string | null {
  if (!row) return 'missing';
  if (row.table_oid !== oid) return 'restored';
  if (row.timeline !== null && timeline !== null && row.timeline !== timeline) return 'timeline';
  return null;
}

/**
 * Mints a new generation when `reason` is given or the row is stale; returns the generation now in
 * force. The update names the stale row, so two processes noticing the same restore mint once.
 */
export async function ensureGeneration(db: Database, force: string | null = null): Promise<Generation> {
  const [oid, timeline] = [await currentOid(db), await currentTimeline(db)];
  const seen = await readGeneration(db);
  // The common case (every few seconds on every process) reads and writes nothing more.
  if (!force && seen && !staleReason(seen, oid, timeline) && (seen.timeline !== null || timeline === null)) return generationOf(seen);
  return db.transaction(async (tx) => {
    await tx.query('LOCK TABLE server_generation IN EXCLUSIVE MODE');
    const row = await readGeneration(tx);
    const reason = force ?? staleReason(row, oid, timeline);
    if (!reason) {
      // First sight of the timeline (a role that could not read it before, or a fresh row).
      if (row && row.timeline === null && timeline !== null) await tx.query('UPDATE server_generation SET timeline = $1', [timeline]);
      return generationOf(row as GenerationRow);
    }
    const generation = randomUUID();
    const top = await tx.query<{ seq: string }>('SELECT coalesce(max(seq), 0)::text AS seq FROM documents');
    const restoredSeq = Number(top[0]?.seq ?? 0);
    await tx.query('DELETE FROM server_generation');
    await tx.query('INSERT INTO server_generation (generation, table_oid, timeline, reason, restored_seq) VALUES ($1, $2, $3, $4, $5)', [generation, oid, timeline, reason, restoredSeq]);
    // Numbers handed out after the backup was taken are not in it; a gap is harmless, a repeat is not.
    if (row) await tx.query('UPDATE web_case_numbers SET last_sequence = last_sequence + $1', [WEB_NUMBER_GAP_AFTER_RESTORE]);
    return { generation, restoredSeq };
  });
}

const generationOf = (row: GenerationRow): Generation => ({ generation: row.generation, restoredSeq: Number(row.restored_seq) });

export type GenerationWatch = { current(): Generation; close(): void };

/**
 * The generation at start, then re-checked every few seconds (a restore under a running server, another
 * process's mint); `onNew` hears of each change (the erasures are applied again: a restored backup may predate them).
 */
export async function watchGeneration(db: Database, onError: (error: unknown) => void, intervalMs = CHECK_INTERVAL_MS, onNew: (next: Generation) => void = () => {}): Promise<GenerationWatch> {
  let generation = await ensureGeneration(db);
  let checking = false;
  const timer = setInterval(() => {
    if (checking) return;
    checking = true;
    ensureGeneration(db)
      .then((next) => {
        const changed = next.generation !== generation.generation;
        generation = next;
        if (changed) onNew(next);
      }, onError)
      .finally(() => {
        checking = false;
      });
  }, intervalMs);
  timer.unref();
  return {
    current: () => generation,
    close: () => clearInterval(timer),
  };
}

/**
 * `npm run server -- new-generation`: after a restore no check can see (a data-only restore into the
 * same tables), every desk starts its replication over at its next contact.
 */
export async function newGenerationCommand(config: Pick<ServerConfig, 'databaseUrl' | 'databaseSchema' | 'dataDir'>): Promise<number> {
  const db = await openDatabase({ ...config, dataDir: config.databaseUrl ? null : config.dataDir });
  try {
    await migrate(db);
    console.log(`new-generation: ${(await ensureGeneration(db, 'by-hand')).generation}`);
    return 0;
  } finally {
    await db.close();
  }
}
