import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noticeState } from '@shared/outbox/notice-state';
import type { SyncDocument } from '@shared/sync/protocol';
import { pullAll, push, startTestServer, dropSchema, type TestServer } from './sync-support/harness';
import { waitFor } from './accounts-support';
import { deliveries, notice, outboxSettings, smsNotice, startSmsStandIn, STATUS_SECRET, type SmsStandIn } from './outbox-support';

/**
 * SMS notices through the provider-neutral HTTP gateway (a local stand-in speaking its protocol):
 * what is sent, the provider's status callback, retries only when the gateway took nothing, quiet
 * hours and the beneficiary's opt-out.
 */
let gateway: SmsStandIn;
let server: TestServer;
// Daytime in Riyadh (10:00) unless a test moves it.
let clock = new Date('2026-03-01T07:00:00.000Z');
const CALLBACK = 'https://wasl.example.org/outbox/sms-status?secret=...';

beforeAll(async () => {
  gateway = await startSmsStandIn();
  server = await startTestServer({ outbox: outboxSettings({ smsUrl: gateway.url, callbackUrl: CALLBACK }), outboxNow: () => clock });
});

afterAll(async () => {
  await server?.close();
  await dropSchema(server?.schema ?? '');
  await gateway?.close();
});

const log = async (): Promise<SyncDocument[]> => pullAll(server, 'interactions');
const stateOf = async (id: string) => noticeState(id, (await log()).map((doc) => ({ noticeId: String(doc.noticeId ?? ''), deliveryState: String(doc.deliveryState ?? ''), reason: String(doc.reason ?? ''), at: String(doc.at) })));
const statusUrl = (secret = STATUS_SECRET) => `${server.url}/outbox/sms-status?secret=${secret}`;
const requestsFor = (id: string) => gateway.requests.filter((request) => request.body.reference === id);

describe('SMS notices through the HTTP gateway', () => {
  it('posts the message to the gateway, logs it sent, then delivered from the status callback', async () => {
    const id = '22222222-0000-4000-8000-000000000001';
    await push(server, 'interactions', [{ newDocumentState: smsNotice(id) }]);
    await waitFor(async () => (await stateOf(id)).state === 'sent', 'sent');
    const [request] = requestsFor(id);
    expect(request?.body).toEqual({ to: '+966501234567', from: 'KADI', text: smsNotice(id).summary, reference: id, callbackUrl: CALLBACK });
    expect(request?.headers.authorization).toBe('Bearer gateway-token');
    expect(request?.headers['idempotency-key']).toBe(id);

    expect(await gateway.report(statusUrl(), id, 'DELIVRD')).toBe(204);
    await waitFor(async () => (await stateOf(id)).state === 'delivered', 'delivered');
    expect(deliveries(await log()).get(id)?.map((entry) => entry.state).sort()).toEqual(['delivered', 'sent']);
  });

  it('records a failed delivery report with the provider reason; refuses a callback without the secret', async () => {
    const id = '22222222-0000-4000-8000-000000000002';
    await push(server, 'interactions', [{ newDocumentState: smsNotice(id) }]);
    await waitFor(async () => (await stateOf(id)).state === 'sent', 'sent');
    expect(await gateway.report(statusUrl('wrong-secret-000000000'), id, 'delivered')).toBe(401);
    expect(await gateway.report(statusUrl(), id, 'UNDELIV', 'Handset unreachable')).toBe(204);
    await waitFor(async () => (await stateOf(id)).state === 'failed', 'failed');
    expect(await stateOf(id)).toMatchObject({ state: 'failed', reason: 'Handset unreachable' });
    // A report about something this outbox never sent changes nothing.
    expect(await gateway.report(statusUrl(), '22222222-0000-4000-8000-0000000000ff', 'delivered')).toBe(204);
    expect(deliveries(await log()).has('22222222-0000-4000-8000-0000000000ff')).toBe(false);
  });

  it('retries while the gateway answers 500 (it took nothing), and sends once; a 400 refusal is failed', async () => {
    const retried = '22222222-0000-4000-8000-000000000003';
    gateway.answers.push(500, 500);
    await push(server, 'interactions', [{ newDocumentState: smsNotice(retried) }]);
    await waitFor(async () => (await stateOf(retried)).state === 'sent', 'sent after retries');
    expect(requestsFor(retried).map((request) => request.answered)).toEqual([500, 500, 202]);
    expect(gateway.accepted().filter((ref) => ref === retried)).toHaveLength(1);

    const refused = '22222222-0000-4000-8000-000000000004';
    gateway.answers.push(400);
    await push(server, 'interactions', [{ newDocumentState: smsNotice(refused) }]);
    await waitFor(async () => (await stateOf(refused)).state === 'failed', 'failed');
    expect((await stateOf(refused)).reason).toContain('invalid destination number');
    expect(requestsFor(refused)).toHaveLength(1);
  });

  it('a gateway that hangs leaves the notice unknown (it may have gone out), never sent again', async () => {
    const id = '22222222-0000-4000-8000-000000000005';
    gateway.answers.push('hang');
    await push(server, 'interactions', [{ newDocumentState: smsNotice(id) }]);
    await waitFor(async () => (await stateOf(id)).state === 'unknown', 'unknown');
    // A code the desk translates, not the fetch error's text.
    expect((await stateOf(id)).reason).toBe('outbox.no-answer');
    for (let i = 0; i < 5; i += 1) await server.outbox?.tick();
    expect(requestsFor(id)).toHaveLength(1);
  });

  it('holds a non-urgent SMS during the quiet hours (22:00-08:00 Riyadh); the urgent one goes at once, the other at 08:00', async () => {
    clock = new Date('2026-03-01T20:00:00.000Z'); // 23:00 in Riyadh
    const waiting = '22222222-0000-4000-8000-000000000006';
    const urgent = '22222222-0000-4000-8000-000000000007';
    await push(server, 'interactions', [{ newDocumentState: smsNotice(waiting) }, { newDocumentState: smsNotice(urgent, { urgent: true }) }]);
    await waitFor(async () => (await stateOf(urgent)).state === 'sent', 'the urgent one sent');
    for (let i = 0; i < 3; i += 1) await server.outbox?.tick();
    expect(requestsFor(waiting)).toHaveLength(0);
    expect((await stateOf(waiting)).state).toBe('queued');
    clock = new Date('2026-03-02T05:00:00.000Z'); // 08:00 in Riyadh
    await waitFor(async () => (await stateOf(waiting)).state === 'sent', 'sent in the morning');
    expect(requestsFor(waiting)).toHaveLength(1);
  });

  it('respects a beneficiary opt-out of SMS: failed, nothing sent; an opt-in later lifts it', async () => {
    const optOut = notice('22222222-0000-4000-8000-000000000008', { kind: 'opt-out', beneficiaryId: 'b-9', channel: 'phone', subChannel: 'sms', address: '', subject: 'لا يرغب في الرسائل النصية', summary: '' });
    const id = '22222222-0000-4000-8000-000000000009';
    await push(server, 'interactions', [{ newDocumentState: optOut }, { newDocumentState: smsNotice(id, { beneficiaryId: 'b-9' }) }]);
    await waitFor(async () => (await stateOf(id)).state === 'failed', 'failed');
    expect((await stateOf(id)).reason).toBe('outbox.opted-out');
    expect(requestsFor(id)).toHaveLength(0);

    const optIn = notice('22222222-0000-4000-8000-00000000000a', { kind: 'opt-in', beneficiaryId: 'b-9', channel: 'phone', subChannel: 'sms', address: '', subject: 'يقبل الرسائل النصية', summary: '', at: '2026-03-01T10:00:00.000Z' });
    const next = '22222222-0000-4000-8000-00000000000b';
    await push(server, 'interactions', [{ newDocumentState: optIn }, { newDocumentState: smsNotice(next, { beneficiaryId: 'b-9' }) }]);
    await waitFor(async () => (await stateOf(next)).state === 'sent', 'sent after opting in');
  });

  it('refuses an SMS past five segments at the server too (a desk that skipped the check)', async () => {
    const id = '22222222-0000-4000-8000-00000000000c';
    await push(server, 'interactions', [{ newDocumentState: smsNotice(id, { summary: 'س'.repeat(67 * 5 + 1) }) }]);
    await waitFor(async () => (await stateOf(id)).state === 'failed', 'failed');
    expect((await stateOf(id)).reason).toBe('outbox.too-many-segments');
    expect(requestsFor(id)).toHaveLength(0);
  });
});

describe('a gateway that drops repeats of a reference (SMS_GATEWAY_IDEMPOTENT)', () => {
  let idempotentGateway: SmsStandIn;
  let other: TestServer;
  beforeAll(async () => {
    idempotentGateway = await startSmsStandIn();
    other = await startTestServer({ outbox: outboxSettings({ smsUrl: idempotentGateway.url, idempotent: true }), outboxNow: () => new Date('2026-03-01T07:00:00.000Z') });
  });
  afterAll(async () => {
    await other?.close();
    await dropSchema(other?.schema ?? '');
    await idempotentGateway?.close();
  });

  it('a hung request is tried again with the same reference, and accepted once', async () => {
    const id = '22222222-0000-4000-8000-00000000000d';
    idempotentGateway.answers.push('hang');
    await push(other, 'interactions', [{ newDocumentState: smsNotice(id) }]);
    await waitFor(async () => deliveries(await pullAll(other, 'interactions')).get(id)?.[0]?.state === 'sent', 'sent on the second try');
    expect(idempotentGateway.requests.map((request) => [request.body.reference, request.headers['idempotency-key'], request.answered])).toEqual([[id, id, 'hung'], [id, id, 202]]);
    expect(idempotentGateway.accepted()).toEqual([id]);
  });
});
