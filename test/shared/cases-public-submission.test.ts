import { describe, expect, it } from 'vitest';
import { PUBLIC_PAGE_TEXT } from '@shared/cases/public-page-text';
import { checkPublicSubmission, PUBLIC_KINDS } from '@shared/cases/public-submission';

const LIMITS = { description: 100, name: 20, email: 254 };
const valid = { kind: 'inquiry', description: 'متى يصدر القرار؟', name: '', mobile: '', email: 'Someone@Example.org', nationalId: '', channel: 'email' };

describe('what the public complaint page accepts (policy 3.5a)', () => {
  it('accepts a valid submission, normalising the contact fields and keeping free text verbatim', () => {
    const checked = checkPublicSubmission({ ...valid, mobile: '٠٥٥ ١٢٣ ٤٥٦٧', nationalId: '1000000008', description: '<b>نص</b>\r\nسطر' }, LIMITS);
    expect(checked).toEqual({
      ok: true,
      value: { kind: 'inquiry', description: '<b>نص</b>\nسطر', name: '', mobile: '+966551234567', email: 'someone@example.org', nationalId: '1000000008', contact: 'email' },
    });
  });

  it('reports every problem at once, as translated keys', () => {
    const checked = checkPublicSubmission({ kind: 'refund', description: '   ', name: 'x'.repeat(21), mobile: '12', email: 'no-at', nationalId: '1234567890', channel: 'fax' }, LIMITS);
    expect(checked).toEqual({
      ok: false,
      error: { kind: 'error.choice', description: 'error.required', name: 'error.too-long', mobile: 'error.mobile', email: 'error.email', nationalId: 'error.national-id', channel: 'error.choice' },
    });
  });

  it('needs the address of the agreed channel, and refuses text that cannot be saved', () => {
    expect(checkPublicSubmission({ ...valid, email: '', channel: 'email' }, LIMITS)).toEqual({ ok: false, error: { email: 'error.channel-email' } });
    expect(checkPublicSubmission({ ...valid, channel: 'whatsapp' }, LIMITS)).toEqual({ ok: false, error: { mobile: 'error.channel-mobile' } });
    expect(checkPublicSubmission({ ...valid, description: 'a\u0000b' }, LIMITS)).toEqual({ ok: false, error: { description: 'error.text' } });
  });

  it('has every kind and both languages with the same keys', () => {
    expect(Object.keys(PUBLIC_PAGE_TEXT.en).sort()).toEqual(Object.keys(PUBLIC_PAGE_TEXT.ar).sort());
    for (const kind of PUBLIC_KINDS) expect(PUBLIC_PAGE_TEXT.ar[`kind.${kind}`]).toBeTruthy();
  });
});
