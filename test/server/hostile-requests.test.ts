import { connect } from 'node:net';
import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncDocument } from '@shared/sync/protocol';
import { auditDoc, beneficiaryDoc, registerTestDesk, requestDoc, staffOn, startAuthServer, type AuthServer, type Staff, type TestDesk } from './accounts-support';
import { TOKEN } from './sync-support/harness';

/**
 * Hostile requests, table-driven: each gets a clear 4xx JSON answer with a stable code and writes
 * nothing (the document count and the last sequence stay put); refusals land in the server audit.
 */
let auth: AuthServer;
let desk: TestDesk;
let otherDesk: TestDesk;
let clerk: Staff;
let revoked: Staff;
beforeAll(async () => {
  auth = await startAuthServer();
  desk = await registerTestDesk(auth, 'HOS1');
  otherDesk = await registerTestDesk(auth, 'HOS2');
  clerk = await staffOn(auth, desk, ['receptionist']);
  const lostDesk = await registerTestDesk(auth, 'HOS3');
  revoked = await staffOn(auth, lostDesk, ['receptionist']);
  await auth.call(`/desks/${lostDesk.deskId}/revoke`, { method: 'POST', token: auth.adminToken });
});
afterAll(() => auth.close());

const file = (fields: Record<string, unknown> = {}): SyncDocument => beneficiaryDoc(desk.deskId, clerk.id, fields);
const pushBody = (collection: string, raw: string, token = clerk.token) => auth.call(`/sync/${collection}/push`, { token, raw });
const push = (rows: unknown, collection = 'beneficiaries', token = clerk.token) => pushBody(collection, JSON.stringify(rows), token);
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const deepObject = (depth: number): unknown => (depth === 0 ? 'x' : { a: deepObject(depth - 1) });
const forge = (payload: Record<string, unknown>, key: string) =>
  new SignJWT(payload).setProtectedHeader({ alg: 'HS256' }).setSubject(clerk.id).setIssuer('wasl-server').setAudience('wasl-desk').setIssuedAt().setExpirationTime('1h').sign(new TextEncoder().encode(key));

function rawHttp(text: string): Promise<string> {
  const { port } = new URL(auth.server.url);
  return new Promise((resolve, reject) => {
    // write, not end: a half-closed socket lets Node's HTTP server drop the connection before a slow (database-bound) answer is written.
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(text));
    let out = '';
    socket.on('data', (chunk) => (out += chunk.toString()));
    socket.on('end', () => resolve(out));
    socket.on('error', reject);
  });
}

type Case = { name: string; send: () => Promise<Response>; status: number; code: string };

const CASES: Case[] = [
  { name: 'malformed JSON', send: () => pushBody('beneficiaries', '[{"newDocumentState": {'), status: 400, code: 'push.invalid-json' },
  { name: 'JSON with a trailing comma', send: () => pushBody('beneficiaries', '[1,]'), status: 400, code: 'push.invalid-json' },
  { name: 'an object where rows belong', send: () => push({ newDocumentState: file() }), status: 400, code: 'push.not-an-array' },
  { name: 'a row without a document', send: () => push([{ assumedMasterState: null }]), status: 400, code: 'push.row-shape' },
  { name: 'a non-boolean _deleted', send: () => push([{ newDocumentState: { ...file(), _deleted: 'no' } }]), status: 400, code: 'push.row-shape' },
  { name: 'a document missing required fields', send: () => push([{ newDocumentState: { id: 'x1', _deleted: false } }]), status: 400, code: 'push.schema-invalid' },
  { name: 'a document with an extra field', send: () => push([{ newDocumentState: file({ isAdmin: true }) }]), status: 400, code: 'push.schema-invalid' },
  { name: 'a number where text belongs', send: () => push([{ newDocumentState: file({ nationalId: 1000000001 }) }]), status: 400, code: 'push.schema-invalid' },
  { name: 'an oversized field', send: () => push([{ newDocumentState: file({ notes: 'ن'.repeat(5000) }) }]), status: 400, code: 'push.schema-invalid' },
  { name: 'a prototype-pollution key', send: () => pushBody('beneficiaries', `[{"newDocumentState": ${JSON.stringify(file()).replace('{', '{"__proto__": {"admin": true},')}}]`), status: 400, code: 'push.schema-invalid' },
  { name: 'an oversized body (6 MB)', send: () => pushBody('beneficiaries', `[${'"x",'.repeat(1_500_000)}"x"]`), status: 413, code: 'push.too-large' },
  { name: 'a huge array (2,001 rows)', send: () => push(Array.from({ length: 2001 }, () => ({ newDocumentState: file() }))), status: 400, code: 'push.too-many-rows' },
  { name: 'deeply nested arrays (100,000 levels)', send: () => pushBody('beneficiaries', nested(100_000)), status: 400, code: 'push.row-shape' },
  { name: 'a deeply nested field (2,000 levels)', send: () => push([{ newDocumentState: file({ notes: deepObject(2000) }) }]), status: 400, code: 'push.schema-invalid' },
  { name: 'an unknown collection (push)', send: () => push([{ newDocumentState: file() }], 'accounts'), status: 404, code: 'sync.unknown-collection' },
  { name: 'an unknown collection (pull)', send: () => auth.call('/sync/pg_catalog/pull', { token: clerk.token }), status: 404, code: 'sync.unknown-collection' },
  { name: 'path traversal in a collection', send: () => auth.call('/sync/..%2F..%2Fetc%2Fpasswd/pull', { token: clerk.token }), status: 404, code: 'sync.unknown-collection' },
  { name: 'path traversal in a file address', send: () => auth.call('/files/..%2F..%2F..%2Fetc%2Fpasswd', { token: clerk.token }), status: 400, code: 'file.bad-address' },
  { name: 'upper-case file address', send: () => auth.call(`/files/${'A'.repeat(64)}`, { token: clerk.token }), status: 400, code: 'file.bad-address' },
  { name: 'SQL in the checkpoint', send: () => auth.call("/sync/beneficiaries/pull?checkpoint=0;DROP TABLE documents", { token: clerk.token }), status: 400, code: 'pull.bad-checkpoint' },
  { name: 'a limit beyond the maximum', send: () => auth.call('/sync/beneficiaries/pull?limit=100000000', { token: clerk.token }), status: 400, code: 'pull.bad-limit' },
  { name: 'no token', send: () => auth.call('/sync/beneficiaries/pull'), status: 401, code: 'auth.required' },
  { name: 'a garbage token', send: () => auth.call('/sync/beneficiaries/pull', { token: 'not-a-token' }), status: 401, code: 'auth.token-invalid' },
  { name: 'the development token while it is off', send: () => auth.call('/sync/beneficiaries/pull', { token: TOKEN }), status: 401, code: 'auth.token-invalid' },
  { name: 'a token signed with another key', send: async () => auth.call('/auth/me', { token: await forge({ sid: clerk.tokens.refreshToken, roles: ['admin'], unitIds: [], desk: desk.deskId, typ: 'access' }, 'x'.repeat(48)) }), status: 401, code: 'auth.token-invalid' },
  { name: 'an alg:none token', send: () => auth.call('/auth/me', { token: new UnsecuredJWT({ sid: 's', roles: ['admin'], unitIds: [], desk: null, typ: 'access' }).setSubject(clerk.id).setIssuer('wasl-server').setAudience('wasl-desk').setExpirationTime('1h').encode() }), status: 401, code: 'auth.token-invalid' },
  { name: 'a token whose payload was edited (roles: admin)', send: () => {
    const [header, payload, signature] = clerk.token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
    const edited = Buffer.from(JSON.stringify({ ...claims, roles: ['admin'] })).toString('base64url');
    return auth.call('/accounts', { token: `${header}.${edited}.${signature}` });
  }, status: 401, code: 'auth.token-invalid' },
  { name: 'an expired token', send: async () => {
    auth.clock.now += 16 * 60_000;
    try {
      return await auth.call('/sync/beneficiaries/pull', { token: clerk.token });
    } finally {
      auth.clock.now -= 16 * 60_000;
    }
  }, status: 401, code: 'auth.token-expired' },
  { name: 'the access token in the query of a non-stream route', send: () => auth.call(`/sync/beneficiaries/pull?access_token=${clerk.token}`), status: 401, code: 'auth.required' },
  { name: 'a role without the right (receptionist → catalog)', send: () => push([{ newDocumentState: { id: 'c1', kind: 'unit', key: 'k', labelAr: 'ك', labelEn: 'k', active: true, order: 1, updatedAt: 'x', updatedBy: clerk.id, deskId: desk.deskId, _deleted: false } }], 'catalog'), status: 403, code: 'push.forbidden' },
  { name: 'a receptionist creating an account', send: () => auth.call('/accounts', { token: clerk.token, body: { username: 'evil.admin', displayName: 'x', roles: ['admin'], unitIds: [], password: 'whatever-long-1' } }), status: 403, code: 'auth.admin-only' },
  { name: 'a receptionist revoking a desk', send: () => auth.call(`/desks/${otherDesk.deskId}/revoke`, { method: 'POST', token: clerk.token }), status: 403, code: 'auth.admin-only' },
  { name: 'a receptionist approving a request', send: () => push([{ newDocumentState: requestDoc(desk.deskId, clerk.id, {}, [{ from: 'draft', to: 'awaiting-signature', by: clerk.id }, { from: 'awaiting-signature', to: 'referred', by: clerk.id, unitId: 'financial-aid' }, { from: 'referred', to: 'under-study', by: clerk.id }]) }], 'requests'), status: 403, code: 'push.transition-role' },
  { name: "another desk's documents", send: () => push([{ newDocumentState: beneficiaryDoc(otherDesk.deskId, clerk.id) }]), status: 403, code: 'push.other-desk' },
  { name: "another actor's audit entry", send: () => push([{ newDocumentState: auditDoc(desk.deskId, 'someone-else') }], 'audit'), status: 403, code: 'push.not-own-actor' },
  { name: 'a revoked desk pushing', send: () => push([{ newDocumentState: beneficiaryDoc(revoked.desk.deskId, revoked.id) }], 'beneficiaries', revoked.token), status: 403, code: 'desk.revoked' },
  { name: "a token with another desk's credential", send: () => auth.call('/sync/beneficiaries/pull', { token: clerk.token, desk: otherDesk.credential }), status: 403, code: 'auth.desk-mismatch' },
  { name: 'a forged desk credential', send: () => auth.call('/desks/keys', { desk: `${desk.deskId}.forged` }), status: 401, code: 'auth.desk-credential-invalid' },
  { name: 'sign-in as form data', send: () => auth.call('/auth/sign-in', { raw: 'username=admin&password=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), status: 415, code: 'request.content-type' },
  { name: 'sign-in with an array username', send: () => auth.call('/auth/sign-in', { body: { username: ['admin'], password: 'x' } }), status: 400, code: 'auth.bad-request' },
  { name: 'sign-in with a 20 KB body', send: () => auth.call('/auth/sign-in', { body: { username: 'admin', password: 'p'.repeat(20_000) } }), status: 413, code: 'request.too-large' },
  { name: 'sign-in with CR/LF in the username (header injection)', send: () => auth.call('/auth/sign-in', { body: { username: 'admin\r\nSet-Cookie: session=evil', password: 'x' } }), status: 401, code: 'auth.invalid-credentials' },
  { name: 'a junk refresh token', send: () => auth.call('/auth/refresh', { body: { refreshToken: "' OR 1=1 --" } }), status: 401, code: 'auth.refresh-invalid' },
  { name: 'SQL in a desk code', send: () => auth.call('/desks/register', { body: { registrationCode: 'AAAA-BBBB-CCCC', deskCode: "X';DROP--", deskName: 'x', publicKey: 'x' } }), status: 400, code: 'desk-code.format' },
  { name: 'a guessed registration code', send: () => auth.call('/desks/register', { body: { registrationCode: 'AAAA-BBBB-CCCC', deskCode: 'GUES', deskName: 'x', publicKey: Buffer.alloc(32, 1).toString('base64') } }), status: 403, code: 'desk.registration-code-invalid' },
  { name: 'an unknown role for an account', send: () => auth.call('/accounts', { token: auth.adminToken, body: { username: 'role.x', displayName: 'x', roles: ['superuser'], unitIds: [], password: 'long-enough-pass' } }), status: 400, code: 'accounts.invalid' },
  { name: 'a NUL character in a document', send: () => push([{ newDocumentState: file({ city: 'Riyadh\u0000' }) }]), status: 400, code: 'push.unstorable-text' },
  { name: 'a lone surrogate in a document', send: () => pushBody('beneficiaries', JSON.stringify([{ newDocumentState: file() }]).replace('الرياض', '\\ud800')), status: 400, code: 'push.unstorable-text' },
  { name: 'a NUL character in a username', send: () => auth.call('/auth/sign-in', { body: { username: 'admin\u0000', password: 'x' } }), status: 400, code: 'auth.bad-request' },
];

async function snapshot() {
  const metrics = (await (await auth.call('/metrics', { token: auth.adminToken })).json()) as { lastSequence: number; documents: unknown };
  return { lastSequence: metrics.lastSequence, documents: metrics.documents };
}

describe('hostile requests', () => {
  it(`has at least 30 cases (${CASES.length + 2} here)`, () => expect(CASES.length + 2).toBeGreaterThanOrEqual(30));

  it.each(CASES)('$name → $status $code, nothing written', async ({ send, status, code }) => {
    const before = await snapshot();
    const response = await send();
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(code);
    expect(await snapshot()).toEqual(before);
  });

  it('two Authorization headers (one of them valid) are refused', async () => {
    const answer = await rawHttp(`GET /auth/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${clerk.token}\r\nAuthorization: Bearer junk\r\nConnection: close\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 401/);
  });

  it('a header split by CR/LF in the request is refused by the HTTP parser', async () => {
    const answer = await rawHttp(`GET /health HTTP/1.1\r\nHost: x\r\nX-Test: a\rInjected: b\r\nConnection: close\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
  });

  it('refusals are audited, and a flood is capped', async () => {
    type Entry = { id: number; action: string; code: string | null };
    const readAudit = async () => ((await (await auth.call('/audit?limit=1000', { token: auth.adminToken })).json()) as { entries: Entry[] }).entries;
    const lastId = Math.max(0, ...(await readAudit()).map((entry) => entry.id));
    // A new window, so earlier refusals with the same code do not count against this one.
    auth.clock.now += 61_000;
    for (let i = 0; i < 60; i++) await auth.call('/sync/beneficiaries/pull', { token: `junk-${i}` });
    const entries = await readAudit();
    const refused = entries.filter((entry) => entry.id > lastId && entry.action === 'request.refused' && entry.code === 'auth.token-invalid');
    expect(refused).toHaveLength(20);
    // The next window writes one line with the count of what was left out.
    auth.clock.now += 61_000;
    await auth.call('/sync/beneficiaries/pull', { token: 'junk-after' });
    expect((await readAudit()).find((entry) => entry.id > lastId && entry.action === 'request.refused-suppressed')).toBeDefined();
    expect(entries.some((entry) => entry.action === 'request.refused' && entry.code === 'push.forbidden')).toBe(true);
  });
});
