/**
 * Synthetic declarations for the PDF bench (no real person's data): a short one that fits one
 * page and one whose 48 requirements flow over three pages. The pad signature is drawn on a real
 * canvas in the page (bench/pdf/page.ts), as the signature pad gives it.
 */
import type { DeclarationLabel, DeclarationSnapshot } from '@shared/db/schemas/declaration.schema';
import type { DeclarationDocumentInput } from '@shared/declaration/document';
import { qrPayload, shortCode } from '@shared/declaration/verification-code';

const requirement = (n: number): DeclarationLabel => ({
  ar: `صورة مصدّقة (عقد الإيجار أو صك الملكية) للمستند رقم ${n} مع إثبات السداد للأشهر الثلاثة الأخيرة`,
  en: `A certified copy (lease or title deed) of document ${n} with proof of payment for the last three months`,
});

function snapshot(requirements: number): DeclarationSnapshot {
  return {
    beneficiary: {
      name: { first: 'فاطِمَة', father: 'عبدُ الله', grandfather: 'سعيد', family: 'القحطاني' },
      fullName: 'فاطِمَة عبدُ الله سعيد القحطاني',
      latinName: 'Fatimah Abdullah Al-Qahtani',
      nationalId: '1098765432',
      mobiles: ['+966501234567'],
      noMobileReason: '',
      address: 'حي الملز، شارع الأمير سلمان بن عبدالعزيز، مبنى رقم 4521، شقة رقم 7، الرياض 12631',
      familyCount: 5,
      category: { ar: 'الأسر ذات الدخل المحدود', en: 'Low-income families' },
    },
    request: {
      requestNumber: 'RYD1-R2026-000417',
      requestType: { ar: 'مساعدة سداد الإيجار', en: 'Rent assistance' },
      requirements: Array.from({ length: requirements }, (_, i) => requirement(i + 1)),
    },
    channel: { label: { ar: 'الهاتف — واتساب', en: 'Phone — WhatsApp' }, address: '+966501234567' },
    due: { date: '2026-03-11', hijri: '٢٢ رمضان ١٤٤٧ هـ', gregorian: '11 مارس 2026' },
    associationName: 'جمعية قادي الخيرية للخدمات الاجتماعية',
    deskName: 'مكتب الاستقبال الرئيسي — الرياض',
    staffName: 'نُورَة بنت محمد العتيبي',
    declaredAt: { instant: '2026-02-18T11:05:00.000Z', hijri: '١ رمضان ١٤٤٧ هـ', gregorian: '18 فبراير 2026', time: '14:05' },
  };
}

const HASH = '3f9a6c0e1b2d4f5a6e7c8b9d0a1f2e3d4c5b6a79880716253443526170819a0b';
const ID = '0b7e4c1a-93f2-4d1e-9a57-3c2f8d6e1b40';

function declaration(number: string, requirements: number, signatureImage: string | null): DeclarationDocumentInput & { bilingual: boolean } {
  return {
    declarationNumber: number,
    version: 1,
    snapshot: snapshot(requirements),
    signatureImage,
    logo: null,
    verification: { qrPayload: qrPayload(ID, HASH), shortCode: shortCode(number, HASH) },
    bilingual: false,
  };
}

/** A short declaration (two requirements): one page. */
export const shortDeclaration = (signature: string | null) => declaration('RYD1-D2026-000417', 2, signature);

/** 48 requirements: three pages (as in test/fixtures/declaration). */
export const longDeclaration = (signature: string | null) => declaration('RYD1-D2026-000418', 48, signature);
