/**
 * The fault matrix's world: two server processes (server/main.ts) over one PostgreSQL schema,
 * a fault proxy in front of each, a renderer desk process behind each proxy; what the server
 * holds read straight from its tables; and the ledger of acknowledged writes (a write the desk
 * showed as saved: its command resolved) that must never be lost.
 */
import { resolve } from 'node:path';
import pg from 'pg';
import { expect } from 'vitest';
import type { OpenConflict } from '@renderer/sync/conflict-records';
import { jsonEqual } from '@shared/sync/deep-equal';
import { startRemoteDesk, type RemoteDesk } from '../sync-support/desk-rpc';
import { startFaultProxy, type FaultProxy } from './fault-proxy';
import { startServerProcess, type ServerProcess } from './server-process';

type Doc = Record<string, unknown>;
export type Dump = Record<string, Doc[]>;

export const TOKEN = 'fault-matrix-token-0123';
const DESK_SCRIPT = resolve(import.meta.dirname, 'desk-process.ts');

export type Side = { server: ServerProcess; proxy: FaultProxy; desk: RemoteDesk };

export async function until(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

export async function startSide(databaseUrl: string, schema: string, name: string, deskCode: string): Promise<Side> {
  const server = await startServerProcess({ databaseUrl, schema, token: TOKEN });
  const proxy = await startFaultProxy(server.port);
  const desk = await startRemoteDesk(name, proxy.url, TOKEN, DESK_SCRIPT);
  await desk.call('open', { deskCode });
  return { server, proxy, desk };
}

export async function stopSide(side: Side | undefined): Promise<void> {
  if (!side) return;
  // A clean close waits for the database to go idle (e.g. a search index still catching up);
  // the process ends either way, so it gets a few seconds, not the hook's whole timeout.
  await Promise.race([side.desk.call('close').catch(() => undefined), new Promise((done) => setTimeout(done, 10_000))]);
  await side.desk.stop();
  await side.proxy.close();
  await side.server.stop();
}

const sortById = (docs: Doc[]) => [...docs].sort((a, b) => String(a.id).localeCompare(String(b.id)));

/** The server's live documents per collection, from its table (one consistent snapshot). */
export async function serverDump(databaseUrl: string, schema: string): Promise<Dump> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ collection: string; data: Doc }>(`SELECT collection, data FROM "${schema}".documents WHERE NOT deleted`);
    const dump: Dump = {};
    for (const row of rows) (dump[row.collection] ??= []).push(row.data);
    for (const name of Object.keys(dump)) dump[name] = sortById(dump[name] ?? []);
    return dump;
  } finally {
    await client.end();
  }
}

/** The server's last sequence number: a write that changed nothing must not move it. */
export async function serverSeq(databaseUrl: string, schema: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ seq: string | null }>(`SELECT max(seq)::text AS seq FROM "${schema}".documents`);
    return Number(rows[0]?.seq ?? 0);
  } finally {
    await client.end();
  }
}

export async function dropSchema(databaseUrl: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).finally(() => client.end());
}

const nonEmpty = (dump: Dump): Dump => Object.fromEntries(Object.entries(dump).filter(([, docs]) => docs.length > 0).map(([name, docs]) => [name, sortById(docs)]));

/**
 * Every desk and the server hold the same documents in every collection. Waits for the desks'
 * replications to settle (live events may still be in flight after awaitInSync), then asserts.
 */
export async function expectConverged(databaseUrl: string, schema: string, desks: RemoteDesk[], timeoutMs = 60_000): Promise<Dump> {
  let last: { server: Dump; desks: Dump[] } | null = null;
  const equal = async () => {
    await Promise.all(desks.map((desk) => desk.call('sync')));
    const [server, ...deskDumps] = await Promise.all([serverDump(databaseUrl, schema), ...desks.map((desk) => desk.call<Dump>('dump'))]);
    last = { server: nonEmpty(server), desks: deskDumps.map(nonEmpty) };
    // Key order aside (jsonb reorders keys), as toEqual below compares.
    return last.desks.every((dump) => jsonEqual(dump, last?.server));
  };
  await until(equal, 'every desk equal to the server', timeoutMs).catch(() => undefined);
  const final = last as unknown as { server: Dump; desks: Dump[] };
  for (const dump of final.desks) expect(dump).toEqual(final.server);
  return final.server;
}

/** Acknowledged writes, in the order the desks acknowledged them. */
export class AckLedger {
  private readonly writes: { id: string; fields: Doc }[] = [];

  ack(id: string, fields: Doc = {}): void {
    this.writes.push({ id, fields });
  }

  get size(): number {
    return this.writes.length;
  }

  /**
   * No acknowledged write lost: every acknowledged file is on the server, and each field holds
   * the last value a desk acknowledged for it — or, when two desks wrote it offline, that value
   * is kept in a conflict record with the other one (a person chooses; nothing dropped).
   */
  expectKept(server: Dump, conflicts: OpenConflict[]): void {
    const files = new Map((server.beneficiaries ?? []).map((doc) => [String(doc.id), doc]));
    const lastValue = new Map<string, { id: string; field: string; value: unknown }>();
    for (const write of this.writes) {
      expect(files.has(write.id), `acknowledged file ${write.id} is on the server`).toBe(true);
      for (const [field, value] of Object.entries(write.fields)) lastValue.set(`${write.id}/${field}`, { id: write.id, field, value });
    }
    for (const { id, field, value } of lastValue.values()) {
      const held = files.get(id)?.[field];
      if (JSON.stringify(held) === JSON.stringify(value)) continue;
      const kept = conflicts.some((c) => c.documentId === id && c.field === field && [c.mine, c.theirs].some((v) => JSON.stringify(v) === JSON.stringify(value)));
      expect(kept, `acknowledged ${id}.${field}=${JSON.stringify(value)} kept (server has ${JSON.stringify(held)})`).toBe(true);
    }
  }
}
