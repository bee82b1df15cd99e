/**
 * Synthetic data for the intake documents' tests, and the reading-back rules of
 * test/shared/pdf-render.test.ts (what pdftotext can give back, documented there) as helpers.
 */
import { formatGregorian, formatHijri } from '@shared/calendar/hijri';
import type { IsoDate } from '@shared/calendar/iso-date';
import { REQUEST_TYPE_SEEDS } from '@shared/catalog/request-type-seeds';
import type { Requirement } from '@shared/intake/request-type';
import type { DualDate } from '@shared/intake/pdf/document-parts';
import type { ReceiptInput } from '@shared/intake/pdf/receipt';
import type { RequirementsSheetInput } from '@shared/intake/pdf/requirements-sheet';

/** pdftotext's text as a reader gets it, and a stored value as it comes back (test/fixtures/declaration/read-back.ts). */
export { expectedText as expectedBack, readBack } from '../fixtures/declaration/read-back';

/**
 * Text compared without its spaces, for running text checked against a template whose spacing
 * is not the point. Since every laid-out line carries its own text (/ActualText), pdftotext
 * gives words whole, tashkeel on its letters and brackets in place.
 */
export const unspaced = (text: string): string => text.replace(/\s+/g, '');

export function dual(date: IsoDate): DualDate {
  return { hijri: formatHijri(date, 'ar'), gregorian: formatGregorian(date, 'ar') };
}

const rent = REQUEST_TYPE_SEEDS.find((seed) => seed.id === 'rent-assistance');
if (!rent) throw new Error('seed rent-assistance missing');

const extra = (n: number): Requirement => ({
  id: `extra-${n}`,
  kind: n % 4 === 0 ? 'field' : 'document',
  labelAr: n % 5 === 0
    ? `تقرير مفصّل رقم ${n} عن الحالة الاجتماعية والاقتصادية للأسرة يعدّه الباحث الاجتماعي بعد الزيارة الميدانية ويعتمده رئيس الوحدة`
    : `مستند داعم رقم ${n} نسخة مصدّقة من الجهة المختصة`,
  labelEn: `Supporting document ${n}`,
  required: n % 3 !== 0,
});

/** The seeded rent-assistance type at version 3, its checklist grown to 40 lines (2+ pages). */
export const LONG_TYPE = {
  nameAr: rent.nameAr,
  version: 3,
  requirements: [...rent.requirements, ...Array.from({ length: 34 }, (_, i) => extra(i + 1))],
};

export const SHEET_INPUT: RequirementsSheetInput = {
  associationName: 'جمعية قادي الخيرية للخدمات الاجتماعية',
  requestType: LONG_TYPE,
  eligibility: `${rent.eligibilityAr}\nتُقدَّم الأولوية للأسر التي يزيد عدد أفرادها على 5 أفراد، أو التي تعولها أرملة أو مطلقة (بحسب سجل الأسرة).`,
  inquiryChannels: [
    { label: 'الهاتف الموحد', value: '+966112345678' },
    { label: 'واتساب', value: '+966501234567' },
    { label: 'البريد الإلكتروني', value: 'care@kadi-charity.org.sa' },
    { label: 'الموقع الإلكتروني', value: 'https://kadi-charity.org.sa/requests' },
    { label: 'الحضور الشخصي', value: 'مقر الجمعية، حي الملز، الرياض، من الأحد إلى الخميس' },
  ],
  printedAt: dual('2026-02-18'),
  replyWorkingDays: 15,
};

export const RECEIPT_INPUT: ReceiptInput = {
  associationName: 'جمعية قادي الخيرية للخدمات الاجتماعية',
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
