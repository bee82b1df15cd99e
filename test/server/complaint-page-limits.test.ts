import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOOKUP_LIMIT, SUBMIT_LIMIT } from '../../server/complaints/complaint-routes';
import { ed25519PublicKey, startAuthServer, type AuthServer } from './accounts-support';
import { getPage, postForm, receiptIn, tokenIn, validFields } from './complaint-support';

/**
 * The public page's per-address limits and its status look-up (policy 3.5a), over real HTTP from
 * distinct loopback addresses: one address is refused with 429 once over its limit while another
 * goes on; a wrong check code and an unknown number get the very same answer.
 */
let auth: AuthServer;
let base: string;
beforeAll(async () => {
  auth = await startAuthServer();
  base = auth.server.url;
});
afterAll(() => auth.close());

async function submitFrom(from: string) {
  const token = tokenIn((await getPage(`${base}/complaint`, from)).text);
  auth.clock.now += 5_000;
  return postForm(`${base}/complaint`, { ...validFields(), token }, from);
}

const lookUp = (number: string, code: string, from: string, lang = '') => postForm(`${base}/complaint/status${lang}`, { number, code }, from);

describe('the public page limits and status look-up', () => {
  it("keeps the desk code 'WEB' of its numbers from every desk", async () => {
    const { code } = (await (await auth.call('/desks/registration-codes', { method: 'POST', token: auth.adminToken })).json()) as { code: string };
    const response = await auth.call('/desks/register', { body: { registrationCode: code, deskCode: 'web', deskName: 'مكتب', publicKey: ed25519PublicKey() } });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('desk-code.reserved');
  });

  it(`refuses an address with 429 after ${SUBMIT_LIMIT.limit} submissions in its window, and not its neighbours`, async () => {
    for (let i = 0; i < SUBMIT_LIMIT.limit; i += 1) expect((await submitFrom('127.0.2.1')).status).toBe(201);
    const refused = await submitFrom('127.0.2.1');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.text).toContain('وصلنا عدد كبير من الطلبات من عنوانك');
    // X-Forwarded-For is the client's own text unless a proxy is trusted (TRUST_PROXY): it changes nothing.
    const token = tokenIn((await getPage(`${base}/complaint`, '127.0.2.1')).text);
    auth.clock.now += 5_000;
    expect((await postForm(`${base}/complaint`, { ...validFields(), token }, '127.0.2.1', { 'x-forwarded-for': '10.1.2.3' })).status).toBe(429);
    expect((await submitFrom('127.0.2.2')).status).toBe(201);
    // The window slides: once it has passed, the address may submit again.
    auth.clock.now += SUBMIT_LIMIT.windowMs;
    expect((await submitFrom('127.0.2.1')).status).toBe(201);
  });

  it('shows status and dates only, and answers a wrong code and an unknown number byte for byte the same', async () => {
    const { caseNumber, checkCode } = receiptIn((await submitFrom('127.0.2.3')).text);
    const found = await lookUp(caseNumber.toLowerCase(), checkCode.replace('-', ' '), '127.0.2.4', '?lang=en');
    expect(found.status).toBe(200);
    expect(found.text).toContain('Received');
    for (const personal of ['تأخر الرد', 'سارة', '0551234567', '551234567']) expect(found.text).not.toContain(personal);

    const wrongCode = await lookUp(caseNumber, checkCode === 'AAAAA-AAAAA' ? 'BBBBB-BBBBB' : 'AAAAA-AAAAA', '127.0.2.4');
    const unknownNumber = await lookUp(caseNumber.replace(/\d{6}$/, '999999'), checkCode, '127.0.2.4');
    const malformed = await lookUp('not a number', checkCode, '127.0.2.4');
    expect(wrongCode.status).toBe(404);
    expect(unknownNumber.status).toBe(404);
    expect(unknownNumber.text).toBe(wrongCode.text);
    expect(malformed.text).toBe(wrongCode.text);
    expect(wrongCode.text).toContain('لا يوجد طلب بهذا الرقم ورمز المتابعة');
    expect(wrongCode.text).not.toContain(caseNumber);
  });

  it(`limits look-ups to ${LOOKUP_LIMIT.limit} per address in the window`, async () => {
    for (let i = 0; i < LOOKUP_LIMIT.limit; i += 1) expect((await lookUp('WEB-C2026-000001', 'AAAAA-AAAAA', '127.0.2.5')).status).toBe(404);
    const refused = await lookUp('WEB-C2026-000001', 'AAAAA-AAAAA', '127.0.2.5');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});

describe('behind a trusted reverse proxy (TRUST_PROXY)', () => {
  let proxied: AuthServer;
  beforeAll(async () => {
    proxied = await startAuthServer({ trustProxy: true });
  });
  afterAll(() => proxied.close());

  it('limits each client the proxy names, not the proxy', async () => {
    const lookUpVia = (client: string) => postForm(`${proxied.server.url}/complaint/status`, { number: 'WEB-C2026-000001', code: 'AAAAA-AAAAA' }, '127.0.2.9', {
      // The first entry is whatever the client wrote; the proxy appends the address it saw.
      'x-forwarded-for': `203.0.113.77, ${client}`,
    });
    for (let i = 0; i < LOOKUP_LIMIT.limit; i += 1) expect((await lookUpVia('198.51.100.1')).status).toBe(404);
    expect((await lookUpVia('198.51.100.1')).status).toBe(429);
    expect((await lookUpVia('198.51.100.2')).status).toBe(404);
  });
});
