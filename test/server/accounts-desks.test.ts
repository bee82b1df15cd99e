import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionTokens } from '@shared/accounts/claims';
import { auditDoc, beneficiaryDoc, ed25519PublicKey, PASSWORD, pullAs, pushAs, registerTestDesk, requestDoc, staffOn, startAuthServer, type AuthServer } from './accounts-support';

let auth: AuthServer;
beforeAll(async () => {
  auth = await startAuthServer();
});
afterAll(() => auth.close());

const newCode = async () => ((await (await auth.call('/desks/registration-codes', { method: 'POST', token: auth.adminToken })).json()) as { code: string }).code;
const register = (body: Record<string, unknown>) => auth.call('/desks/register', { body });
const codeOf = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code;

describe('desk registration', () => {
  it('registers with a one-time code and publishes every desk key', async () => {
    const publicKey = ed25519PublicKey();
    const registrationCode = await newCode();
    const response = await register({ registrationCode: registrationCode.toLowerCase().replaceAll('-', ' '), deskCode: ' ryd1 ', deskName: 'مكتب الرياض', publicKey });
    expect(response.status).toBe(201);
    const desk = (await response.json()) as { deskId: string; deskCode: string; credential: string };
    expect(desk.deskCode).toBe('RYD1');
    // The code is spent.
    expect(await codeOf(await register({ registrationCode, deskCode: 'RYD9', deskName: 'x', publicKey: ed25519PublicKey() }))).toBe('desk.registration-code-invalid');
    // Any desk, even with no one signed in, reads the keys with its credential.
    const keys = (await (await auth.call('/desks/keys', { desk: desk.credential })).json()) as { desks: { deskId: string; code: string; publicKey: string; revokedAt: number | null }[] };
    expect(keys.desks).toContainEqual(expect.objectContaining({ deskId: desk.deskId, code: 'RYD1', publicKey, revokedAt: null }));
    // A desk credential alone reaches nothing else.
    expect(await codeOf(await auth.call('/sync/beneficiaries/pull', { desk: desk.credential }))).toBe('auth.required');
  });

  it('refuses a taken desk code with 409 desk.code-taken, without spending the code', async () => {
    await registerTestDesk(auth, 'JED1');
    const registrationCode = await newCode();
    const taken = await register({ registrationCode, deskCode: 'jed1', deskName: 'مكتب جدة ٢', publicKey: ed25519PublicKey() });
    expect(taken.status).toBe(409);
    expect(await codeOf(taken)).toBe('desk.code-taken');
    expect((await register({ registrationCode, deskCode: 'JED2', deskName: 'مكتب جدة ٢', publicKey: ed25519PublicKey() })).status).toBe(201);
  });

  it('refuses an expired code, a bad desk code and a key that is not Ed25519', async () => {
    const registrationCode = await newCode();
    expect(await codeOf(await register({ registrationCode, deskCode: 'R-1', deskName: 'x', publicKey: ed25519PublicKey() }))).toBe('desk-code.format');
    expect(await codeOf(await register({ registrationCode, deskCode: 'KEY1', deskName: 'x', publicKey: Buffer.alloc(33).toString('base64') }))).toBe('desk.public-key');
    auth.clock.now += 25 * 60 * 60_000;
    try {
      expect(await codeOf(await register({ registrationCode, deskCode: 'OLD1', deskName: 'x', publicKey: ed25519PublicKey() }))).toBe('desk.registration-code-invalid');
    } finally {
      auth.clock.now -= 25 * 60 * 60_000;
    }
  });
});

describe('a revoked desk', () => {
  it('is refused everywhere with 403 desk.revoked and told to wipe; what it pushes after is not written', async () => {
    const desk = await registerTestDesk(auth, 'LOST');
    const staff = await staffOn(auth, desk, ['receptionist']);
    const before = beneficiaryDoc(desk.deskId, staff.id);
    expect((await pushAs(auth, staff.token, 'beneficiaries', [{ newDocumentState: before }])).status).toBe(200);

    expect((await auth.call(`/desks/${desk.deskId}/revoke`, { method: 'POST', token: staff.token })).status).toBe(403);
    expect((await auth.call(`/desks/${desk.deskId}/revoke`, { method: 'POST', token: auth.adminToken })).status).toBe(200);

    const after = beneficiaryDoc(desk.deskId, staff.id);
    const answers = [
      await pushAs(auth, staff.token, 'beneficiaries', [{ newDocumentState: after }]),
      await pushAs(auth, staff.token, 'audit', [{ newDocumentState: auditDoc(desk.deskId, staff.id) }]),
      await auth.call('/sync/beneficiaries/pull', { token: staff.token }),
      await auth.call('/desks/keys', { desk: desk.credential }),
      await auth.call('/auth/sign-in', { desk: desk.credential, body: { username: staff.username, password: PASSWORD } }),
      await auth.call('/auth/refresh', { body: { refreshToken: staff.tokens.refreshToken } }),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(403);
      expect(answer.headers.get('x-wasl-wipe')).toBe('1');
      expect(await answer.json()).toMatchObject({ error: { code: 'desk.revoked', details: { wipe: true } } });
    }
    const everything = await pullAs(auth, (await adminOnDesk()).token, 'beneficiaries');
    expect(everything.map((doc) => doc.id)).toContain(before.id);
    expect(everything.map((doc) => doc.id)).not.toContain(after.id);
    // Its key stays published (declarations it printed before must still verify), marked revoked.
    const keys = (await (await auth.call('/desks/keys', { token: auth.adminToken })).json()) as { desks: { deskId: string; revokedAt: number | null }[] };
    expect(keys.desks.find((entry) => entry.deskId === desk.deskId)?.revokedAt).toBe(auth.clock.now);
  });
});

let adminDesk: { token: string } | null = null;
async function adminOnDesk(): Promise<{ token: string }> {
  if (adminDesk) return adminDesk;
  const desk = await registerTestDesk(auth, 'ADM1');
  const tokens = (await (await auth.call('/auth/sign-in', { desk: desk.credential, body: { username: 'admin', password: PASSWORD } })).json()) as SessionTokens;
  adminDesk = { token: tokens.accessToken };
  return adminDesk;
}

describe('human numbers', () => {
  it('flags two records of one collection carrying the same number, apart from person duplicates', async () => {
    const a = await registerTestDesk(auth, 'NUMA');
    const b = await registerTestDesk(auth, 'NUMB');
    const onA = await staffOn(auth, a, ['receptionist']);
    const onB = await staffOn(auth, b, ['receptionist']);
    const first = requestDoc(a.deskId, onA.id, { requestNumber: 'RYD1-R2026-000777' });
    const second = requestDoc(b.deskId, onB.id, { requestNumber: 'RYD1-R2026-000777' });
    expect((await pushAs(auth, onA.token, 'requests', [{ newDocumentState: first }])).status).toBe(200);
    expect((await pushAs(auth, onB.token, 'requests', [{ newDocumentState: second }])).status).toBe(200);
    const numbers = (await (await auth.call('/numbers/duplicates', { token: auth.adminToken })).json()) as { duplicates: { collection: string; field: string; documentIds: string[] }[] };
    expect(numbers.duplicates).toContainEqual(expect.objectContaining({ collection: 'requests', field: 'requestNumber', documentIds: [first.id, second.id].sort() }));
    expect((await auth.call('/numbers/duplicates', { token: onA.token })).status).toBe(403);
    const persons = (await (await auth.call('/duplicates', { token: auth.adminToken })).json()) as { duplicates: { field: string }[] };
    expect(persons.duplicates.every((pair) => pair.field !== 'requestNumber')).toBe(true);
  });
});
