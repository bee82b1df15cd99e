import { describe, expect, it } from 'vitest';
import { retryDelayMs, MAX_SEND_ATTEMPTS } from '@shared/outbox/backoff';
import { checkNotice, normalizeEmail, whatsappLink } from '@shared/outbox/notice-rules';
import { needsAnotherChannel, noticeState, optedOut } from '@shared/outbox/notice-state';
import { earliestSendTime, isQuietHour } from '@shared/outbox/quiet-hours';
import { countSmsSegments, MAX_SMS_SEGMENTS } from '@shared/outbox/segments';

describe('SMS segments', () => {
  it('counts GSM-7 as 160 in one segment, 153 a segment when split; extension characters take two', () => {
    expect(countSmsSegments('a'.repeat(160))).toEqual({ encoding: 'gsm7', units: 160, segments: 1, perSegment: 160 });
    expect(countSmsSegments('a'.repeat(161))).toEqual({ encoding: 'gsm7', units: 161, segments: 2, perSegment: 153 });
    expect(countSmsSegments('a'.repeat(306)).segments).toBe(2);
    expect(countSmsSegments('a'.repeat(307)).segments).toBe(3);
    expect(countSmsSegments('{}€').units).toBe(6);
  });
  it('counts Arabic as UCS-2: 70 in one segment, 67 a segment when split', () => {
    expect(countSmsSegments('س'.repeat(70))).toEqual({ encoding: 'ucs2', units: 70, segments: 1, perSegment: 70 });
    expect(countSmsSegments('س'.repeat(71))).toEqual({ encoding: 'ucs2', units: 71, segments: 2, perSegment: 67 });
    expect(countSmsSegments('س'.repeat(134)).segments).toBe(2);
    expect(countSmsSegments('س'.repeat(135)).segments).toBe(3);
    // One Arabic letter in Latin text switches the whole message to UCS-2.
    expect(countSmsSegments(`${'a'.repeat(100)}س`).encoding).toBe('ucs2');
    // An emoji is two UTF-16 units.
    expect(countSmsSegments('😀').units).toBe(2);
    expect(countSmsSegments('').segments).toBe(0);
  });
});

describe('checking a notice before it is queued', () => {
  const sms = { subChannel: 'sms', address: '0501234567', subject: 'طلبكم', text: 'تم استلام طلبكم' };
  it('normalizes the mobile and counts the segments', () => {
    const checked = checkNotice(sms);
    expect(checked.ok && checked.value).toMatchObject({ channel: 'sms', address: '+966501234567', segments: { segments: 1, encoding: 'ucs2' } });
  });
  it('refuses a mobile that is not one, an invalid e-mail, an empty text, an unsupported channel', () => {
    expect(checkNotice({ ...sms, address: '0112345678' })).toEqual({ ok: false, error: 'outbox.mobile-invalid' });
    expect(checkNotice({ ...sms, address: 'abc' })).toEqual({ ok: false, error: 'outbox.mobile-invalid' });
    for (const address of ['no-at.example.com', 'a@b', 'a b@example.com', 'a@example..com', '<a@example.com>', '']) {
      expect(checkNotice({ ...sms, subChannel: 'email', address })).toEqual({ ok: false, error: 'outbox.email-invalid' });
    }
    expect(checkNotice({ ...sms, text: '   ' })).toEqual({ ok: false, error: 'outbox.text-required' });
    expect(checkNotice({ ...sms, subChannel: 'whatsapp' })).toEqual({ ok: false, error: 'outbox.channel-unsupported' });
  });
  it('refuses an SMS past five segments, and accepts the same text by e-mail', () => {
    const five = 'س'.repeat(67 * MAX_SMS_SEGMENTS);
    expect(checkNotice({ ...sms, text: five }).ok).toBe(true);
    expect(checkNotice({ ...sms, text: `${five}س` })).toEqual({ ok: false, error: 'outbox.too-many-segments' });
    expect(checkNotice({ ...sms, subChannel: 'email', address: 'Someone@Example.ORG', text: `${five}س` })).toMatchObject({ ok: true, value: { address: 'Someone@example.org' } });
  });
  it('normalizes e-mail addresses (domain lower-cased, spaces trimmed)', () => {
    expect(normalizeEmail('  x.y+z@Mail.Example.sa ')).toBe('x.y+z@mail.example.sa');
  });
  it('builds the wa.me link with the international number and the text encoded', () => {
    expect(whatsappLink('٠٥٠١٢٣٤٥٦٧', 'السلام عليكم & مرحبا')).toBe(`https://wa.me/966501234567?text=${encodeURIComponent('السلام عليكم & مرحبا')}`);
    expect(whatsappLink('0112345678', 'x')).toBeNull();
  });
});

describe('quiet hours (Riyadh, UTC+3)', () => {
  it('holds a non-urgent SMS from 22:00 to 08:00 Riyadh time', () => {
    expect(isQuietHour(new Date('2026-03-01T18:59:59Z'))).toBe(false); // 21:59:59 Riyadh
    expect(isQuietHour(new Date('2026-03-01T19:00:00Z'))).toBe(true); // 22:00
    expect(isQuietHour(new Date('2026-03-02T04:59:59Z'))).toBe(true); // 07:59:59
    expect(isQuietHour(new Date('2026-03-02T05:00:00Z'))).toBe(false); // 08:00
    expect(earliestSendTime(new Date('2026-03-01T20:30:00Z'), 'sms', false).toISOString()).toBe('2026-03-02T05:00:00.000Z');
    expect(earliestSendTime(new Date('2026-03-01T22:30:00Z'), 'sms', false).toISOString()).toBe('2026-03-02T05:00:00.000Z');
  });
  it('lets urgent SMS and every e-mail go at once', () => {
    const night = new Date('2026-03-01T20:30:00Z');
    expect(earliestSendTime(night, 'sms', true)).toBe(night);
    expect(earliestSendTime(night, 'email', false)).toBe(night);
  });
});

describe('a notice state from its delivery entries', () => {
  it('is queued with no entry, then the latest entry (the later step on a tie)', () => {
    expect(noticeState('n1', []).state).toBe('queued');
    const entries = [
      { noticeId: 'n1', deliveryState: 'sent', at: '2026-03-01T10:00:00.000Z' },
      { noticeId: 'n1', deliveryState: 'delivered', at: '2026-03-01T10:00:00.000Z' },
      { noticeId: 'n2', deliveryState: 'failed', reason: 'رقم غير صحيح', at: '2026-03-01T11:00:00.000Z' },
    ];
    expect(noticeState('n1', entries).state).toBe('delivered');
    expect(noticeState('n2', entries)).toMatchObject({ state: 'failed', reason: 'رقم غير صحيح' });
    expect(needsAnotherChannel('failed') && needsAnotherChannel('unknown') && !needsAnotherChannel('sent')).toBe(true);
  });
  it('reads an opt-out from the latest opt-out/opt-in entry of the sub-channel', () => {
    const log = [
      { kind: 'opt-out', subChannel: 'sms', at: '2026-01-01T00:00:00Z' },
      { kind: 'opt-in', subChannel: 'sms', at: '2026-02-01T00:00:00Z' },
      { kind: 'opt-out', subChannel: 'email', at: '2026-02-01T00:00:00Z' },
    ];
    expect(optedOut('sms', log)).toBe(false);
    expect(optedOut('email', log)).toBe(true);
    expect(optedOut('sms', log.slice(0, 1))).toBe(true);
  });
});

describe('retry backoff', () => {
  it('grows, then stops after the last attempt', () => {
    const waits = Array.from({ length: MAX_SEND_ATTEMPTS }, (_, i) => retryDelayMs(i + 1));
    expect(waits).toEqual([60_000, 300_000, 900_000, 3_600_000, null]);
    expect(retryDelayMs(1, 0.001)).toBe(60);
  });
});

describe('who writes delivery outcomes', () => {
  it('a desk may push a notice but never a delivery entry (the server writes those)', async () => {
    const { checkPush } = await import('@shared/accounts/push-policy');
    const pusher = { id: 'me', deskId: 'desk-a', roles: ['receptionist' as const], unitIds: [] };
    const base = { id: 'n1', beneficiaryId: 'b1', updatedBy: 'me', deskId: 'desk-a' };
    expect(checkPush(pusher, 'interactions', null, { ...base, kind: 'notice' })).toBeNull();
    expect(checkPush(pusher, 'interactions', null, { ...base, kind: 'delivery', deliveryState: 'delivered' })?.code).toBe('push.server-only');
  });
});
