import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullAll, push, startTestServer, dropSchema, type TestServer } from './sync-support/harness';
import { waitFor } from './accounts-support';
import { deliveries, notice, outboxSettings, startSmtpStandIn, type SmtpStandIn } from './outbox-support';

/**
 * E-mail notices (policy 3.3e) sent by the server over SMTP to a real SMTP server in this process:
 * the message as received and parsed, and the outcome written back into the communication log.
 */
let smtp: SmtpStandIn;
let server: TestServer;
const temporary = new Set(['busy@example.org']);

beforeAll(async () => {
  smtp = await startSmtpStandIn({
    onRecipient: (address) => {
      if (address === 'nobody@example.org') return [550, '5.1.1 User unknown'];
      if (temporary.has(address)) {
        temporary.delete(address);
        return [451, '4.3.0 Try again later'];
      }
      return null;
    },
  });
  server = await startTestServer({ outbox: outboxSettings({ smtpPort: smtp.port }) });
});

afterAll(async () => {
  await server?.close();
  await dropSchema(server?.schema ?? '');
  await smtp?.close();
});

async function outcomes(): Promise<Map<string, { state: string; reason: string }[]>> {
  return deliveries(await pullAll(server, 'interactions'));
}

describe('e-mail notices over SMTP', () => {
  it('sends an Arabic notice with a right-to-left HTML part and a plain-text part, and logs it sent', async () => {
    const queued = notice('11111111-0000-4000-8000-000000000001');
    expect((await push(server, 'interactions', [{ newDocumentState: queued }])).status).toBe(200);
    await waitFor(async () => (await outcomes()).get(String(queued.id))?.length === 1, 'the sent entry');

    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.envelopeTo).toEqual(['beneficiary@example.org']);
    expect(mail.parsed.subject).toBe('طلبكم رقم R-0001 لدى جمعية كادي');
    // The subject goes as RFC 2047 encoded UTF-8, never raw 8-bit bytes in the header.
    expect(mail.raw).toMatch(/^Subject: =\?UTF-8\?[BQ]\?/im);
    expect(mail.parsed.from?.value[0]).toMatchObject({ address: 'notices@kadi.example.org', name: 'جمعية كادي' });
    expect(mail.parsed.to && !Array.isArray(mail.parsed.to) ? mail.parsed.to.value[0]?.address : '').toBe('beneficiary@example.org');
    expect(mail.parsed.messageId).toBe(`<notice-${String(queued.id)}@kadi.example.org>`);
    expect(mail.parsed.text?.trim()).toBe(String(queued.summary));
    expect(mail.parsed.html).toContain('<html dir="rtl" lang="ar">');
    expect(mail.parsed.html).toContain('تم استلام طلبكم (مساعدة مالية) رقم R-0001 مكتملاً');
    expect(mail.raw).toMatch(/Content-Type: multipart\/alternative/i);
    expect(mail.raw).toMatch(/Content-Type: text\/plain; charset=utf-8/i);
    expect(mail.raw).toMatch(/Content-Type: text\/html; charset=utf-8/i);

    const entry = (await pullAll(server, 'interactions')).find((doc) => doc.kind === 'delivery');
    expect(entry).toMatchObject({ noticeId: queued.id, deliveryState: 'sent', beneficiaryId: 'b-1', requestId: 'r-1', recordKind: 'request', recordId: 'r-1', updatedBy: 'server', deskId: 'server' });
  });

  it('a refused address is failed with the server reason and not retried; a "try later" is retried and sent once', async () => {
    const refused = notice('11111111-0000-4000-8000-000000000002', { address: 'nobody@example.org' });
    const later = notice('11111111-0000-4000-8000-000000000003', { address: 'busy@example.org' });
    await push(server, 'interactions', [{ newDocumentState: refused }, { newDocumentState: later }]);
    await waitFor(async () => {
      const log = await outcomes();
      return log.has(String(refused.id)) && log.has(String(later.id));
    }, 'both outcomes');
    const log = await outcomes();
    expect(log.get(String(refused.id))).toEqual([{ state: 'failed', reason: expect.stringContaining('550 5.1.1 User unknown') }]);
    expect(log.get(String(later.id))).toEqual([{ state: 'sent', reason: '' }]);
    expect(smtp.received.filter((mail) => mail.noticeId === later.id)).toHaveLength(1);
    expect(smtp.received.filter((mail) => mail.noticeId === refused.id)).toHaveLength(0);
    const rows = await server.db.query<{ notice_id: string; attempts: number }>('SELECT notice_id, attempts FROM outbox WHERE notice_id = $1', [later.id]);
    expect(rows[0]?.attempts).toBe(2);
  });

  it('a notice with an invalid address (a desk that skipped the check) fails without reaching SMTP; a replayed push sends nothing again', async () => {
    const bad = notice('11111111-0000-4000-8000-000000000004', { address: 'not-an-address' });
    const before = smtp.received.length;
    await push(server, 'interactions', [{ newDocumentState: bad }]);
    await waitFor(async () => (await outcomes()).has(String(bad.id)), 'the failure');
    expect((await outcomes()).get(String(bad.id))).toEqual([{ state: 'failed', reason: 'outbox.email-invalid' }]);

    // Every notice pushed again (a desk that lost its checkpoint replays): nothing is sent twice.
    const all = (await pullAll(server, 'interactions')).filter((doc) => doc.kind === 'notice');
    await push(server, 'interactions', all.map((doc) => ({ newDocumentState: doc })));
    await server.outbox?.tick();
    await server.outbox?.tick();
    expect(smtp.received.length).toBe(before);
    const ids = smtp.received.map((mail) => mail.noticeId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
