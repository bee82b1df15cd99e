import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, vi } from 'vitest';
import type { PushRow, SyncDocument } from '@shared/sync/protocol';
import { TEST_COLLECTIONS } from './test-collections';
import { startSyncServer, type RunningSyncServer, type StartOptions } from '../../../server/server';

/**
 * Test servers: embedded PGlite in memory by default; the real PostgreSQL when DATABASE_URL is
 * set (CI), each test file in its own schema so files running side by side never meet.
 */
// PGlite (WASM PostgreSQL) takes a few seconds to start on a busy 2-core machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

export { TEST_COLLECTIONS, testBeneficiarySchema } from './test-collections';

export const TOKEN = 'test-token-0123456789';
export const DATABASE_URL = process.env.DATABASE_URL || null;
export const ON_POSTGRES = DATABASE_URL !== null;

export function newSchemaName(): string {
  return `t_${randomBytes(6).toString('hex')}`;
}

export type TestServer = RunningSyncServer & { schema: string; fetch(path: string, init?: RequestInit): Promise<Response> };

export async function startTestServer(overrides: Partial<StartOptions> = {}): Promise<TestServer> {
  const schema = overrides.databaseSchema ?? newSchemaName();
  const running = await startSyncServer({
    port: 0,
    host: '127.0.0.1',
    databaseUrl: DATABASE_URL,
    databaseSchema: schema,
    dataDir: null,
    devToken: TOKEN,
    collections: TEST_COLLECTIONS,
    onError: () => {},
    ...overrides,
  });
  return {
    ...running,
    schema,
    fetch: (path, init = {}) =>
      fetch(`${running.url}${path}`, { ...init, headers: { authorization: `Bearer ${TOKEN}`, ...(init.headers as Record<string, string>) } }),
  };
}

/**
 * One test server for the file (or the describe block around the call): started before its
 * tests, closed and its schema dropped after them. `use` receives it once started.
 */
export function withTestServer(use: (server: TestServer) => void, overrides: Partial<StartOptions> = {}): void {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(overrides);
    use(server);
  });
  afterAll(async () => {
    if (!server) return;
    await server.close();
    await dropSchema(server.schema);
  });
}

/** Drops a test schema on PostgreSQL (PGlite in memory vanishes by itself). */
export async function dropSchema(schema: string): Promise<void> {
  if (!DATABASE_URL) return;
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

export function beneficiary(id: string, fields: Partial<Record<string, string>> = {}): SyncDocument {
  return {
    id,
    fullName: 'محمد عبدالله الحربي',
    nationalId: '1000000001',
    city: 'الرياض',
    updatedAt: '2026-01-01T08:00:00.000Z',
    updatedBy: 'staff-1',
    deskId: 'desk-a',
    ...fields,
    _deleted: false,
  };
}

export async function push(server: TestServer, collection: string, rows: PushRow[]): Promise<Response> {
  return server.fetch(`/sync/${collection}/push`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(rows) });
}

export async function pullAll(server: TestServer, collection: string): Promise<SyncDocument[]> {
  const response = await server.fetch(`/sync/${collection}/pull?checkpoint=0&limit=1000`);
  return ((await response.json()) as { documents: SyncDocument[] }).documents;
}
