import { describe, expect, it } from 'vitest';
import { checkNotice } from '@shared/outbox/notice-rules';
import { answer, daysLeft, dueDateOf, extend, extensionNoticeText, newDataRequest, refuse, verifyIdentity, type DataRequestPart } from '@shared/data-requests/data-request';

const AT = '2026-03-01T09:00:00.000Z';
const by = 'staff-1';

function opened(receivedOn = '2026-03-01'): DataRequestPart {
  const made = newDataRequest({ subKind: 'access', receivedVia: 'phone', receivedOn, requester: { kind: 'self', name: '', proof: null } });
  if (!made.ok) throw new Error(made.error);
  return made.value;
}

function value<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('data request: the 30 calendar-day clock (PDPL implementing regulation)', () => {
  it('is due 30 calendar days after receipt, holidays and weekends included, with the days left', () => {
    const request = opened('2026-03-01');
    expect(dueDateOf(request)).toBe('2026-03-31');
    expect(daysLeft(request, '2026-03-01')).toBe(30);
    expect(daysLeft(request, '2026-03-31')).toBe(0);
    expect(daysLeft(request, '2026-04-02')).toBe(-2);
  });

  it('one extension of up to 30 days moves the due date, with its reason', () => {
    const extended = value(extend(opened(), { days: 30, reason: ' the archive is on paper ', by, at: AT, today: '2026-03-20' }));
    expect(dueDateOf(extended)).toBe('2026-04-30');
    expect(daysLeft(extended, '2026-03-31')).toBe(30);
    expect(extended.extension).toEqual({ days: 30, reason: 'the archive is on paper', by, at: AT });
  });

  it('a second extension is refused, as are more than 30 days, no reason, or an extension once overdue', () => {
    const extended = value(extend(opened(), { days: 10, reason: 'r', by, at: AT, today: '2026-03-05' }));
    expect(extend(extended, { days: 5, reason: 'again', by, at: AT, today: '2026-03-06' })).toEqual({ ok: false, error: 'data-request.already-extended' });
    expect(extend(opened(), { days: 31, reason: 'r', by, at: AT, today: '2026-03-05' })).toEqual({ ok: false, error: 'data-request.extension-days' });
    expect(extend(opened(), { days: 0, reason: 'r', by, at: AT, today: '2026-03-05' })).toEqual({ ok: false, error: 'data-request.extension-days' });
    expect(extend(opened(), { days: 5, reason: '  ', by, at: AT, today: '2026-03-05' })).toEqual({ ok: false, error: 'data-request.extension-reason' });
    expect(extend(opened(), { days: 5, reason: 'late', by, at: AT, today: '2026-04-01' })).toEqual({ ok: false, error: 'data-request.overdue' });
  });

  it('the extension notice fits an SMS on the requester\'s channel and names the new date and the reason', () => {
    const extended = value(extend(opened(), { days: 15, reason: 'ملفات ورقية', by, at: AT, today: '2026-03-05' }));
    const text = extensionNoticeText('RC1-C2026-000004', extended);
    expect(text).toContain('2026-04-15');
    expect(text).toContain('ملفات ورقية');
    expect(checkNotice({ subChannel: 'sms', address: '0551234567', subject: '', text }).ok).toBe(true);
  });
});

describe('data request: status machine', () => {
  it('needs the identity check before an answer, then answers', () => {
    expect(answer(opened(), { at: AT })).toEqual({ ok: false, error: 'data-request.identity-required' });
    const checked = value(verifyIdentity(opened(), { document: 'national-id', by, at: AT }));
    expect(checked.identity).toEqual({ document: 'national-id', by, at: AT });
    const answered = value(answer(checked, { at: AT }));
    expect(answered.status).toBe('answered');
    expect(refuse(answered, { reasons: 'x', by, at: AT })).toEqual({ ok: false, error: 'data-request.not-allowed' });
    expect(extend(answered, { days: 5, reason: 'x', by, at: AT, today: '2026-03-02' })).toEqual({ ok: false, error: 'data-request.not-allowed' });
  });

  it('refusal needs its reasons', () => {
    expect(refuse(opened(), { reasons: ' ', by, at: AT })).toEqual({ ok: false, error: 'data-request.reasons-required' });
    const refused = value(refuse(opened(), { reasons: 'the same request for the third time this month', by, at: AT }));
    expect(refused).toMatchObject({ status: 'refused', refusal: { reasons: 'the same request for the third time this month', by } });
    expect(answer(refused, { at: AT })).toEqual({ ok: false, error: 'data-request.not-allowed' });
  });

  it('a guardian needs a name and proof; an unknown sub-kind or identity document is refused', () => {
    const proof = { sha256: 'a'.repeat(64), name: 'صك.pdf', type: 'application/pdf' as const, size: 10 };
    expect(newDataRequest({ subKind: 'copy', receivedVia: 'written', receivedOn: '2026-03-01', requester: { kind: 'guardian', name: ' ', proof } })).toEqual({ ok: false, error: 'data-request.guardian-name' });
    expect(newDataRequest({ subKind: 'copy', receivedVia: 'written', receivedOn: '2026-03-01', requester: { kind: 'guardian', name: 'ولي', proof } }).ok).toBe(true);
    expect(newDataRequest({ subKind: 'sell', receivedVia: 'written', receivedOn: '2026-03-01', requester: { kind: 'self', name: '', proof: null } })).toEqual({ ok: false, error: 'data-request.sub-kind' });
    expect(verifyIdentity(opened(), { document: 'library-card', by, at: AT })).toEqual({ ok: false, error: 'data-request.identity-document' });
  });
});
