/** Synthetic snapshots for the PDF bench: a one-page receipt and a three-page requirements sheet. */
import { formatGregorian, formatHijri } from '@shared/calendar/hijri';
import type { IsoDate } from '@shared/calendar/iso-date';
import { REQUEST_TYPE_SEEDS } from '@shared/catalog/request-type-seeds';
import type { ReceiptInput } from '@shared/intake/pdf/receipt';
import type { RequirementsSheetInput } from '@shared/intake/pdf/requirements-sheet';
import type { Requirement } from '@shared/intake/request-type';

const dual = (date: IsoDate) => ({ hijri: formatHijri(date, 'ar'), gregorian: formatGregorian(date, 'ar') });
const rent = REQUEST_TYPE_SEEDS.find((seed) => seed.id === 'rent-assistance') ?? REQUEST_TYPE_SEEDS[0];
if (!rent) throw new Error('no request type seeds');
const association = 'جمعية قادي الخيرية للخدمات الاجتماعية';

export const RECEIPT: ReceiptInput = {
  associationName: association,
  deskName: 'مكتب الاستقبال الرئيسي',
  requestNumber: 'RYD1-R2026-000417',
  beneficiary: { fullName: 'فاطِمَةُ بنت عبدِالله بن سعيد القحطانيّ', fileNumber: 'RYD1-2026-00042' },
  requestTypeName: rent.nameAr,
  completionDate: dual('2026-02-18'),
  dueDate: dual('2026-03-11'),
  unitName: 'وحدة خدمات الإسكان',
  channel: { channelLabel: 'الهاتف', subChannelLabel: 'واتساب', address: '+966501234567' },
  requirements: rent.requirements.map((r) => ({ labelAr: r.labelAr, kind: r.kind, provided: r.required })),
  staffName: 'نُورَة بنت محمد العتيبي',
  printedAt: dual('2026-02-18'),
  replyWorkingDays: 15,
};

const extra = (n: number): Requirement => ({
  id: `extra-${n}`,
  kind: n % 4 === 0 ? 'field' : 'document',
  labelAr: n % 5 === 0
    ? `تقرير مفصّل رقم ${n} عن الحالة الاجتماعية والاقتصادية للأسرة يعدّه الباحث الاجتماعي بعد الزيارة الميدانية ويعتمده رئيس الوحدة`
    : `مستند داعم رقم ${n} نسخة مصدّقة من الجهة المختصة`,
  labelEn: `Supporting document ${n}`,
  required: n % 3 !== 0,
});

/** 60 checklist lines: three A4 pages. */
export const SHEET_3_PAGES: RequirementsSheetInput = {
  associationName: association,
  requestType: { nameAr: rent.nameAr, version: 3, requirements: [...rent.requirements, ...Array.from({ length: 54 }, (_, i) => extra(i + 1))] },
  eligibility: rent.eligibilityAr,
  inquiryChannels: [
    { label: 'الهاتف الموحد', value: '+966112345678' },
    { label: 'البريد الإلكتروني', value: 'care@kadi-charity.org.sa' },
    { label: 'الحضور الشخصي', value: 'مقر الجمعية، حي الملز، الرياض' },
  ],
  printedAt: dual('2026-02-18'),
  replyWorkingDays: 15,
};
