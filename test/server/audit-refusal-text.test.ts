import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerTestDesk, staffOn, startAuthServer, type AuthServer, type Staff } from './accounts-support';
import { ON_POSTGRES } from './sync-support/harness';

/**
 * A refused request is audited whatever its path holds: PostgreSQL (and PGlite) refuse NUL in text
 * (22P05), so a path with %00 once went unaudited. The audit shows such characters escaped.
 */
type Entry = { id: number; action: string; code: string | null; details: { path?: string } };

let auth: AuthServer;
let clerk: Staff;
beforeAll(async () => {
  auth = await startAuthServer();
  clerk = await staffOn(auth, await registerTestDesk(auth, 'NUL1'), ['receptionist']);
});
afterAll(() => auth.close());

const readAudit = async () => ((await (await auth.call('/audit?limit=1000', { token: auth.adminToken })).json()) as { entries: Entry[] }).entries;

describe(`refusal audit on ${ON_POSTGRES ? 'PostgreSQL' : 'PGlite'}`, () => {
  it.each([
    ['NUL', '/sync/bene%00ficiaries/pull', 'bene\\u0000ficiaries'],
    ['other control characters', '/sync/a%01b%1Fc%7F/pull', 'a\\u0001b\\u001fc\\u007f'],
  ])('a path with %s is refused and audited with it escaped', async (_name, path, shown) => {
    const lastId = Math.max(0, ...(await readAudit()).map((entry) => entry.id));
    const response = await auth.call(path, { token: clerk.token });
    expect(response.status).toBe(404);
    const entry = (await readAudit()).find((row) => row.id > lastId && row.action === 'request.refused');
    expect(entry?.code).toBe('sync.unknown-collection');
    expect(entry?.details.path).toContain(shown);
    expect([...(entry?.details.path ?? '')].some((char) => char.charCodeAt(0) < 0x20 || char === '\u007f')).toBe(false);
  });
});
