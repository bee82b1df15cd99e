import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beneficiaryDoc, ed25519PublicKey, PASSWORD, pullAs, pushAs, registerTestDesk, staffOn, startAuthServer, type AuthServer, type Staff } from './accounts-support';

/**
 * Tricky but valid text goes in through parameters and comes back byte for byte: quotes, SQL
 * metacharacters, markup, bidi marks, JSON-looking text, emoji. (The desk shows it escaped: React text.)
 */
const TRICKY = [
  `O'Brien "Bob" \`tick\``,
  `'; DROP TABLE documents; --`,
  `Robert'); DELETE FROM accounts WHERE ('1'='1`,
  `<script>alert("x")</script>`,
  `<img src=x onerror=alert(1)>`,
  `\u200Fمحمد \u202Eabc\u202C عبدالله\u200E`,
  `\\ backslash \\\\ and $1 $$ %s %n`,
  `{"__proto__": {"admin": true}}`,
  `سطر\nسطر آخر\tبعد جدولة`,
  `👨‍👩‍👧 عائلة ﷽`,
];

let auth: AuthServer;
let clerk: Staff;
beforeAll(async () => {
  auth = await startAuthServer();
  clerk = await staffOn(auth, await registerTestDesk(auth, 'TXT1'), ['receptionist']);
});
afterAll(() => auth.close());

describe('tricky but valid text', () => {
  it.each(TRICKY.map((text, index) => ({ text, index })))('document text #$index is stored verbatim and read back equal', async ({ text }) => {
    const doc = beneficiaryDoc(clerk.desk.deskId, clerk.id, { fullName: text.slice(0, 200), city: text.slice(0, 80), notes: text });
    expect((await pushAs(auth, clerk.token, 'beneficiaries', [{ newDocumentState: doc }])).status).toBe(200);
    expect((await pullAs(auth, clerk.token, 'beneficiaries')).find((stored) => stored.id === doc.id)).toEqual(doc);
  });

  it('account names and desk names too', async () => {
    const displayName = `<script>alert('x')</script> "محمد"`;
    const created = await auth.call('/accounts', { token: auth.adminToken, body: { username: 'tricky.name', displayName, roles: ['receptionist'], unitIds: [], password: PASSWORD } });
    expect(created.status).toBe(201);
    const { accounts } = (await (await auth.call('/accounts', { token: auth.adminToken })).json()) as { accounts: { username: string; displayName: string }[] };
    expect(accounts.find((account) => account.username === 'tricky.name')?.displayName).toBe(displayName);

    const { code } = (await (await auth.call('/desks/registration-codes', { method: 'POST', token: auth.adminToken })).json()) as { code: string };
    const deskName = `مكتب "الشمال" '); DROP TABLE desks; --`;
    expect((await auth.call('/desks/register', { body: { registrationCode: code, deskCode: 'TXT2', deskName, publicKey: ed25519PublicKey() } })).status).toBe(201);
    const { desks } = (await (await auth.call('/desks/keys', { token: auth.adminToken })).json()) as { desks: { code: string; name: string }[] };
    expect(desks.find((desk) => desk.code === 'TXT2')?.name).toBe(deskName);
  });
});
