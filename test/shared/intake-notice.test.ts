import { describe, expect, it } from 'vitest';
import { buildNotice, NOTICE_TEMPLATES, noticeTemplateFor, type NoticeInput } from '../../shared/intake/notice-message';
import { CHANNELS } from '../../shared/catalog/channels';

const base: NoticeInput = {
  template: 'sms',
  locale: 'ar',
  kind: 'received',
  beneficiaryName: 'محمد عبدالله سعد الغامدي',
  requestNumber: 'KD1-R2026-000001',
  requestTypeName: 'سلة غذائية',
  associationName: 'جمعية البر',
  dueDate: '2026-03-03',
};

describe('notice messages', () => {
  it('maps every catalog sub-channel to a template', () => {
    const map = Object.fromEntries(CHANNELS.flatMap((c) => c.subChannels).map((s) => [s.key, noticeTemplateFor(s.key)]));
    expect(map).toMatchObject({ sms: 'sms', whatsapp: 'whatsapp', 'voice-call': 'call-script', email: 'email', letter: 'letter', fax: 'letter', interview: 'call-script' });
    for (const template of Object.values(map)) expect(NOTICE_TEMPLATES).toContain(template);
  });

  it('gives the request number, the due date in Hijri and Gregorian, and the next step, in Arabic', () => {
    const { body, subject } = buildNotice(base);
    expect(body).toContain('KD1-R2026-000001');
    // 3 March 2026 is 14 Ramadan 1447 (Umm al-Qura).
    expect(body).toContain('رمضان ١٤٤٧');
    expect(body).toContain('مارس ٢٠٢٦');
    expect(body).toContain('سنبلغكم بالنتيجة');
    expect(body).not.toContain('\n');
    expect(subject).toContain('KD1-R2026-000001');
  });

  it('states the decision with its reason, per template and language', () => {
    const rejected = buildNotice({ ...base, template: 'letter', kind: 'rejected', reason: 'الدخل أعلى من حد الكفاية', dueDate: null });
    expect(rejected.body).toMatch(/^المكرم\/ محمد/);
    expect(rejected.body).toContain('عدم قبول طلبكم');
    expect(rejected.body).toContain('السبب: الدخل أعلى من حد الكفاية');
    expect(rejected.body).not.toContain('موعد الرد');
    expect(rejected.body.trim().endsWith('جمعية البر')).toBe(true);

    const more = buildNotice({ ...base, template: 'whatsapp', kind: 'more-info-needed', reason: 'صورة سجل الأسرة' });
    expect(more.body).toContain('معلومات إضافية');
    expect(more.body).toContain('صورة سجل الأسرة');
    expect(more.body).toContain('تبدأ مدة الرد من جديد');

    const call = buildNotice({ ...base, template: 'call-script', kind: 'approved', locale: 'en', beneficiaryName: 'Mohammed', requestTypeName: 'Food basket', associationName: 'Al-Birr' });
    expect(call.body).toContain('Am I speaking with Mohammed?');
    expect(call.body).toContain('has been approved');
    expect(call.body).toContain('14 Ramadan 1447 AH (3 March 2026)');
    expect(call.body).not.toMatch(/\{\w+\}/);
  });

  it('leaves no placeholder unfilled in any template, kind or language', () => {
    for (const template of NOTICE_TEMPLATES) {
      for (const kind of ['received', 'approved', 'rejected', 'more-info-needed'] as const) {
        for (const locale of ['ar', 'en'] as const) {
          const { body, subject } = buildNotice({ ...base, template, kind, locale, reason: 'x' });
          expect(body + subject).not.toMatch(/\{\w+\}/);
          expect(body).toContain(base.requestNumber);
        }
      }
    }
  });
});
