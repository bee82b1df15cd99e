import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import type { SessionTokens } from '@shared/accounts/claims';
import type { PushRow, SyncDocument } from '@shared/sync/protocol';
import type { Role } from '@shared/staff/roles';
import { createAccount } from '../../server/accounts/accounts-store';
import type { StartOptions } from '../../server/server';
import { dropSchema, startTestServer, type TestServer } from './sync-support/harness';

/**
 * A server with real sign-in (no development token) and a clock the test moves, plus helpers to
 * make accounts, register desks and sign staff in on them.
 */
export const PASSWORD = 'correct horse battery';
export const T0 = Date.parse('2026-03-01T08:00:00.000Z');

export type AuthServer = {
  server: TestServer;
  clock: { now: number };
  adminToken: string;
  call(path: string, init?: { method?: string; token?: string; desk?: string; body?: unknown; raw?: string; headers?: Record<string, string> }): Promise<Response>;
  close(): Promise<void>;
};

/** @param overrides e.g. the app's collections, for desks running the renderer's code */
export async function startAuthServer(overrides: Partial<StartOptions> = {}): Promise<AuthServer> {
  const clock = { now: T0 };
  const server = await startTestServer({ devToken: null, now: () => clock.now, ...overrides });
  const call: AuthServer['call'] = (path, init = {}) => {
    const headers: Record<string, string> = { ...init.headers };
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.desk) headers['x-wasl-desk'] = init.desk;
    let body: string | undefined = init.raw;
    if (init.body !== undefined) body = JSON.stringify(init.body);
    if (body !== undefined) headers['content-type'] ??= 'application/json';
    return fetch(`${server.url}${path}`, { method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers, body });
  };
  const admin = await createAccount(server.db, { username: 'admin', displayName: 'المشرف', roles: ['admin'], password: PASSWORD }, null);
  if (!admin.ok) throw new Error(admin.errors.join());
  const signedIn = (await (await call('/auth/sign-in', { body: { username: 'admin', password: PASSWORD } })).json()) as SessionTokens;
  return {
    server, clock, call, adminToken: signedIn.accessToken,
    async close() {
      await server.close();
      await dropSchema(server.schema);
    },
  };
}

export function ed25519PublicKey(): string {
  const { publicKey } = generateKeyPairSync('ed25519');
  return (publicKey.export({ format: 'der', type: 'spki' }) as Buffer).subarray(12).toString('base64');
}

export type TestDesk = { deskId: string; deskCode: string; credential: string };

export async function registerTestDesk(auth: AuthServer, deskCode: string): Promise<TestDesk> {
  const { code } = (await (await auth.call('/desks/registration-codes', { method: 'POST', token: auth.adminToken })).json()) as { code: string };
  const response = await auth.call('/desks/register', { body: { registrationCode: code, deskCode, deskName: `مكتب ${deskCode}`, publicKey: ed25519PublicKey() } });
  if (response.status !== 201) throw new Error(`register ${deskCode}: ${response.status} ${await response.text()}`);
  return (await response.json()) as TestDesk;
}

export type Staff = { id: string; username: string; tokens: SessionTokens; token: string; desk: TestDesk };

let counter = 0;
export async function staffOn(auth: AuthServer, desk: TestDesk, roles: Role[], unitIds: string[] = []): Promise<Staff> {
  const username = `staff${++counter}.${roles[0]?.slice(0, 6)}`;
  const created = await auth.call('/accounts', { token: auth.adminToken, body: { username, displayName: 'موظف تجريبي', roles, unitIds, password: PASSWORD } });
  if (created.status !== 201) throw new Error(`create ${username}: ${await created.text()}`);
  const tokens = (await (await auth.call('/auth/sign-in', { desk: desk.credential, body: { username, password: PASSWORD } })).json()) as SessionTokens;
  return { id: tokens.account.id, username, tokens, token: tokens.accessToken, desk };
}

export async function pushAs(auth: AuthServer, token: string, collection: string, rows: PushRow[]): Promise<Response> {
  return auth.call(`/sync/${collection}/push`, { token, body: rows });
}

export async function pullAs(auth: AuthServer, token: string, collection: string): Promise<SyncDocument[]> {
  const response = await auth.call(`/sync/${collection}/pull?checkpoint=0&limit=1000`, { token });
  if (response.status !== 200) throw new Error(`pull ${collection}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { documents: SyncDocument[] }).documents;
}

export function beneficiaryDoc(deskId: string, by: string, fields: Record<string, unknown> = {}): SyncDocument {
  return {
    id: randomUUID(), fullName: 'محمد عبدالله الحربي', nationalId: `1${String(++counter).padStart(9, '0')}`, city: 'الرياض',
    notes: 'يحتاج زيارة', updatedAt: '2026-03-01T08:00:00.000Z', updatedBy: by, deskId, ...fields, _deleted: false,
  };
}

type Move = { from: string; to: string; by: string; unitId?: string; decision?: string; reason?: string };

export function requestDoc(deskId: string, by: string, fields: Record<string, unknown> = {}, moves: Move[] = []): SyncDocument {
  const status = moves.at(-1)?.to ?? 'draft';
  return {
    id: randomUUID(), requestNumber: `RYD1-R2026-${String(++counter).padStart(6, '0')}`, beneficiaryId: randomUUID(),
    requestType: { id: 'financial-aid', version: 1, nameAr: 'مساعدة مالية', nameEn: 'Financial aid', unitId: 'financial-aid',
      requirements: [{ id: 'id-copy', kind: 'document', labelAr: 'صورة الهوية', labelEn: 'ID copy', required: true }] },
    status, unitId: 'financial-aid', completionDate: null, dueDate: null, decision: null, declarationSigned: false,
    history: moves.map((move) => ({ ...move, at: '2026-03-01T09:00:00.000Z' })),
    checklist: {}, notes: '', createdAt: '2026-03-01T08:00:00.000Z', createdBy: by,
    updatedAt: '2026-03-01T08:00:00.000Z', updatedBy: by, deskId, ...fields, _deleted: false,
  };
}

export function auditDoc(deskId: string, actorId: string, fields: Record<string, unknown> = {}): SyncDocument {
  return {
    id: randomUUID(), at: '2026-03-01T08:00:00.000Z', actorId, action: 'beneficiary.open', entity: 'beneficiaries', entityId: 'x',
    fields: [], updatedAt: '2026-03-01T08:00:00.000Z', updatedBy: actorId, deskId, ...fields, _deleted: false,
  };
}

/** A document moved on from `base`: the next state a desk would push with base as its assumed master. */
export function moved(base: SyncDocument, fields: Record<string, unknown>): PushRow {
  return { assumedMasterState: base, newDocumentState: { ...base, ...fields } };
}

/**
 * A server whose clock is the desk's (real time, as on a real network), with the admin signed in
 * again at that time: for tests that run the renderer's real sign-in and session refresh.
 */
export async function startAuthServerOnRealClock(overrides: Partial<StartOptions> = {}): Promise<AuthServer> {
  const auth = await startAuthServer(overrides);
  auth.clock.now = Date.now();
  // The admin's token was signed at the old time: sign in again.
  const signedIn = await auth.call('/auth/sign-in', { body: { username: 'admin', password: PASSWORD } });
  auth.adminToken = ((await signedIn.json()) as { accessToken: string }).accessToken;
  return auth;
}

/** The address of a port nobody listens on: a real refused connection stands for "offline". */
export async function closedPortUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(probe.address() as { port: number }).port}`;
  await new Promise((done) => probe.close(done));
  return url;
}

/** Polls until `check` holds, failing with what it waited for after `timeoutMs`. */
export async function waitFor(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** A gate requests wait at (`passed()`) until the release its hold() returned is called. */
export function requestGate() {
  let held: Promise<void> = Promise.resolve();
  return {
    passed: () => held,
    hold: () => {
      let release = () => {};
      held = new Promise((done) => (release = done));
      return release;
    },
  };
}
