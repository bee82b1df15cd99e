import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionTokens } from '@shared/accounts/claims';
import { loadConfig } from '../../server/config';
import { setupAdmin } from '../../server/accounts/setup-admin';
import { PASSWORD, registerTestDesk, staffOn, startAuthServer, type AuthServer, type TestDesk } from './accounts-support';
import { DATABASE_URL, dropSchema, newSchemaName, TOKEN } from './sync-support/harness';

let auth: AuthServer;
let desk: TestDesk;
beforeAll(async () => {
  auth = await startAuthServer();
  desk = await registerTestDesk(auth, 'SES1');
});
afterAll(() => auth.close());

const signIn = (username: string, password: string) => auth.call('/auth/sign-in', { desk: desk.credential, body: { username, password } });
const refresh = (refreshToken: string) => auth.call('/auth/refresh', { body: { refreshToken } });
const me = (token: string) => auth.call('/auth/me', { token });
const codeOf = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code;

describe('sign-in, tokens and sessions', () => {
  it('signs in on a desk and returns what the desk ties its local account to', async () => {
    const staff = await staffOn(auth, desk, ['receptionist']);
    expect(staff.tokens).toMatchObject({ deskId: desk.deskId, account: { id: staff.id, username: staff.username, roles: ['receptionist'], unitIds: [] } });
    expect(JSON.stringify(staff.tokens)).not.toContain(PASSWORD);
    expect(await (await me(staff.token)).json()).toEqual({ accountId: staff.id, roles: ['receptionist'], unitIds: [], deskId: desk.deskId });
  });

  it('the development token is off unless DEV_TOKEN is set', async () => {
    expect((await auth.call('/metrics', { token: TOKEN })).status).toBe(401);
    expect(loadConfig({}, '/').devToken).toBeNull();
  });

  it('an access token expires after 15 minutes; refresh gives a new one', async () => {
    const staff = await staffOn(auth, desk, ['receptionist']);
    auth.clock.now += 15 * 60_000 + 1000;
    try {
      const expired = await me(staff.token);
      expect(expired.status).toBe(401);
      expect(await codeOf(expired)).toBe('auth.token-expired');
      const renewed = await refresh(staff.tokens.refreshToken);
      expect(renewed.status).toBe(200);
      const tokens = (await renewed.json()) as SessionTokens;
      expect((await me(tokens.accessToken)).status).toBe(200);
      expect(tokens.refreshToken).not.toBe(staff.tokens.refreshToken);
    } finally {
      auth.clock.now -= 15 * 60_000 + 1000;
    }
  });

  it('rotates refresh tokens; a spent one presented again ends the whole session (reuse detection)', async () => {
    const staff = await staffOn(auth, desk, ['field-worker']);
    const second = (await (await refresh(staff.tokens.refreshToken)).json()) as SessionTokens;
    const reused = await refresh(staff.tokens.refreshToken);
    expect(reused.status).toBe(401);
    expect(await codeOf(reused)).toBe('auth.refresh-reused');
    // The thief's copy and the rightful holder's newer token are both dead now, and so is its access token.
    expect(await codeOf(await refresh(second.refreshToken))).toBe('auth.session-revoked');
    expect(await codeOf(await me(second.accessToken))).toBe('auth.session-revoked');
    const audit = (await (await auth.call('/audit', { token: auth.adminToken })).json()) as { entries: { action: string; actor_id: string }[] };
    expect(audit.entries.some((entry) => entry.action === 'session.refresh-reused' && entry.actor_id === staff.id)).toBe(true);
  });

  it('an expired refresh token is refused', async () => {
    const staff = await staffOn(auth, desk, ['manager']);
    auth.clock.now += 15 * 24 * 60 * 60_000;
    try {
      expect(await codeOf(await refresh(staff.tokens.refreshToken))).toBe('auth.refresh-expired');
    } finally {
      auth.clock.now -= 15 * 24 * 60 * 60_000;
    }
  });

  it('sign-out revokes the session: its access and refresh tokens stop working', async () => {
    const staff = await staffOn(auth, desk, ['liaison-officer']);
    expect((await auth.call('/auth/sign-out', { method: 'POST', token: staff.token })).status).toBe(200);
    expect(await codeOf(await me(staff.token))).toBe('auth.session-revoked');
    expect(await codeOf(await refresh(staff.tokens.refreshToken))).toBe('auth.session-revoked');
  });

  it('locks an account after 5 failures, even for the right password, until the lock runs out', async () => {
    const staff = await staffOn(auth, desk, ['receptionist']);
    for (let i = 0; i < 5; i++) expect(await codeOf(await signIn(staff.username, 'wrong password!'))).toBe('auth.invalid-credentials');
    const locked = await signIn(staff.username, PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('60');
    auth.clock.now += 61_000;
    expect((await signIn(staff.username, PASSWORD)).status).toBe(200);
    const audit = (await (await auth.call('/audit?limit=1000', { token: auth.adminToken })).json()) as { entries: { action: string; actor_id: string | null; code: string | null }[] };
    expect(audit.entries.filter((entry) => entry.action === 'session.sign-in-failed' && entry.actor_id === staff.id)).toHaveLength(6);
  });

  it('an unknown user and a wrong password get the same answer', async () => {
    const unknown = await signIn('nobody.here', PASSWORD);
    const wrong = await signIn('admin', 'not the password');
    expect([unknown.status, await codeOf(unknown)]).toEqual([401, 'auth.invalid-credentials']);
    expect([wrong.status, await codeOf(wrong)]).toEqual([401, 'auth.invalid-credentials']);
  });

  it('a role taken away or an account deactivated counts at once, not at token expiry', async () => {
    const staff = await staffOn(auth, desk, ['manager', 'receptionist']);
    await auth.call(`/accounts/${staff.id}`, { method: 'PATCH', token: auth.adminToken, body: { roles: ['receptionist'] } });
    expect(((await (await me(staff.token)).json()) as { roles: string[] }).roles).toEqual(['receptionist']);
    await auth.call(`/accounts/${staff.id}`, { method: 'PATCH', token: auth.adminToken, body: { active: false } });
    expect(await codeOf(await me(staff.token))).toBe('auth.session-revoked');
    expect(await codeOf(await signIn(staff.username, PASSWORD))).toBe('auth.invalid-credentials');
  });

  it('only an admin creates accounts; usernames are unique; the password policy applies', async () => {
    const staff = await staffOn(auth, desk, ['manager']);
    const body = { username: 'new.person', displayName: 'شخص', roles: ['receptionist'], unitIds: [], password: PASSWORD };
    expect(await codeOf(await auth.call('/accounts', { token: staff.token, body }))).toBe('auth.admin-only');
    expect((await auth.call('/accounts', { token: auth.adminToken, body })).status).toBe(201);
    expect(await codeOf(await auth.call('/accounts', { token: auth.adminToken, body }))).toBe('accounts.username-taken');
    const weak = await auth.call('/accounts', { token: auth.adminToken, body: { ...body, username: 'weak.one', password: '1234567890' } });
    expect(await weak.json()).toMatchObject({ error: { code: 'accounts.invalid', details: { errors: ['password.all-digits'] } } });
  });
});

describe('setup-admin', () => {
  it('creates the first admin from stdin and refuses a second', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wasl-setup-admin-'));
    const schema = newSchemaName();
    const config = { ...loadConfig({ DATA_DIR: dir, DATABASE_SCHEMA: schema }, '/'), databaseUrl: DATABASE_URL };
    try {
      const args = ['--username', 'Chief', '--display-name', 'المدير العام', '--password-stdin'];
      expect(await setupAdmin(config, args, [`${PASSWORD}\n`])).toBe(0);
      expect(await setupAdmin(config, ['--username', 'second', '--password-stdin'], [PASSWORD])).toBe(1);
      expect(await setupAdmin(config, ['--username', 'x'], [])).toBe(2);
    } finally {
      await dropSchema(schema);
      await rm(dir, { recursive: true, force: true });
    }
  });
});
