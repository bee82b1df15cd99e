import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beneficiaryDoc, registerTestDesk, staffOn, startAuthServer, PASSWORD, type AuthServer, type Staff, type TestDesk } from './accounts-support';

/**
 * Policy 6b: no answer of the sync server may land in the browser's HTTP disk cache (a pull there
 * sits in plaintext beside the encrypted database). Real HTTP, every kind of answer.
 */
let auth: AuthServer;
let desk: TestDesk;
let clerk: Staff;
beforeAll(async () => {
  auth = await startAuthServer();
  desk = await registerTestDesk(auth, 'HDR1');
  clerk = await staffOn(auth, desk, ['receptionist']);
});
afterAll(() => auth.close());

function expectNoStore(response: Response): void {
  const headers = response.headers;
  expect(headers.get('cache-control')).toBe('no-store');
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
}

/** Opens the stream, reads its headers and first event, then hangs up. */
async function streamHeaders(path: string): Promise<Response> {
  const controller = new AbortController();
  const response = await fetch(`${auth.server.url}${path}`, { signal: controller.signal });
  const reader = response.body!.getReader();
  await reader.read();
  controller.abort();
  await reader.cancel().catch(() => undefined);
  return response;
}

describe('every answer of the sync server is no-store, with the security headers', () => {
  const cases: [string, () => Promise<Response>, number][] = [
    ['pull', () => auth.call('/sync/beneficiaries/pull?checkpoint=0&limit=10', { token: clerk.token }), 200],
    ['push', () => auth.call('/sync/beneficiaries/push', { token: clerk.token, body: [{ newDocumentState: beneficiaryDoc(desk.deskId, clerk.id) }] }), 200],
    ['sign-in', () => auth.call('/auth/sign-in', { desk: desk.credential, body: { username: clerk.username, password: PASSWORD } }), 200],
    ['refresh', () => auth.call('/auth/refresh', { body: { refreshToken: clerk.tokens.refreshToken } }), 200],
    ['who am I', () => auth.call('/auth/me', { token: clerk.token }), 200],
    ['accounts list', () => auth.call('/accounts', { token: auth.adminToken }), 200],
    ['desk keys', () => auth.call('/desks/keys', { token: clerk.token }), 200],
    ['health', () => auth.call('/health'), 200],
    ['a wrong password (401)', () => auth.call('/auth/sign-in', { body: { username: 'admin', password: 'wrong-password' } }), 401],
    ['no token (401)', () => auth.call('/sync/beneficiaries/pull'), 401],
    ['a refused push (400)', () => auth.call('/sync/beneficiaries/push', { token: clerk.token, raw: '[' }), 400],
    ['an unknown endpoint (404)', () => auth.call('/nowhere', { token: clerk.token }), 404],
    ['a preflight', () => auth.call('/sync/beneficiaries/pull', { method: 'OPTIONS', headers: { origin: 'app://wasl', 'access-control-request-method': 'GET' } }), 204],
    ['the change stream', () => streamHeaders(`/sync/stream?collections=beneficiaries&access_token=${clerk.token}`), 200],
    ['a collection stream', () => streamHeaders(`/sync/beneficiaries/stream?access_token=${clerk.token}`), 200],
  ];
  it.each(cases)('%s', async (_name, send, status) => {
    const response = await send();
    expect(response.status).toBe(status);
    expectNoStore(response);
  });
});
