/**
 * The fixed wording of the declaration, in Arabic (the document's language) and English (the
 * bilingual variant). The statements follow policy 3.3 (d), (e) and (f).
 */

export type Bilingual = { ar: string; en: string };

export const LABELS = {
  title: { ar: 'إقرار صحة البيانات', en: 'Data-accuracy declaration' },
  declarationNumber: { ar: 'رقم الإقرار', en: 'Declaration no.' },
  version: { ar: 'الإصدار', en: 'Version' },
  hijriDate: { ar: 'التاريخ (هجري)', en: 'Date (Hijri)' },
  gregorianDate: { ar: 'التاريخ (ميلادي)', en: 'Date (Gregorian)' },
  time: { ar: 'الوقت', en: 'Time' },
  desk: { ar: 'مكتب الاستقبال', en: 'Reception desk' },
  beneficiarySection: { ar: 'بيانات المستفيد كما أقرّ بها', en: "The beneficiary's data as declared" },
  fullName: { ar: 'الاسم الكامل', en: 'Full name' },
  latinName: { ar: 'الاسم بالأحرف اللاتينية', en: 'Name in Latin letters' },
  nationalId: { ar: 'رقم الهوية', en: 'ID number' },
  mobile: { ar: 'الجوال', en: 'Mobile' },
  noMobile: { ar: 'لا يوجد', en: 'None' },
  address: { ar: 'العنوان', en: 'Address' },
  familyCount: { ar: 'عدد أفراد الأسرة', en: 'Family size' },
  category: { ar: 'الفئة', en: 'Category' },
  requestSection: { ar: 'الطلب', en: 'The request' },
  requestNumber: { ar: 'رقم الطلب', en: 'Request no.' },
  requestType: { ar: 'نوع الطلب', en: 'Request type' },
  requirementNumber: { ar: 'م', en: 'No.' },
  requirements: { ar: 'المتطلبات المقدّمة', en: 'Requirements submitted' },
  noRequirements: { ar: 'لم تُقدَّم متطلبات', en: 'No requirements submitted' },
  contactSection: { ar: 'التواصل والرد', en: 'Communication and reply' },
  channel: { ar: 'وسيلة التواصل المتفق عليها', en: 'Agreed channel' },
  channelAddress: { ar: 'عنوان التواصل', en: 'Contact address' },
  dueHijri: { ar: 'موعد الرد (هجري)', en: 'Reply due (Hijri)' },
  dueGregorian: { ar: 'موعد الرد (ميلادي)', en: 'Reply due (Gregorian)' },
  declarationSection: { ar: 'الإقرار', en: 'Declaration' },
  beneficiarySignature: { ar: 'توقيع المستفيد', en: "Beneficiary's signature" },
  staff: { ar: 'الموظف المستلم', en: 'Receiving staff member' },
  staffSignature: { ar: 'التوقيع', en: 'Signature' },
  verificationCode: { ar: 'رمز التحقق', en: 'Verification code' },
  verificationHint: {
    ar: 'للتحقق من هذا الإقرار امسح الرمز أو أدخل رمز التحقق في شاشة التحقق لدى الجمعية.',
    en: "To verify this declaration, scan the code or enter the verification code on the association's verification screen.",
  },
} satisfies Record<string, Bilingual>;

/** Policy 3.3 (d) accuracy and responsibility, (e) competent unit and agreed channel, (f) 15 working days. */
export const STATEMENTS: readonly Bilingual[] = [
  {
    ar: 'أقرّ أنا الموقّع أدناه بأن جميع البيانات والمعلومات الواردة في هذا الإقرار صحيحة وكاملة، وأنني مسؤول مسؤولية مباشرة عن صحتها.',
    en: 'I, the undersigned, declare that all the data and information in this declaration are accurate and complete, and that I bear direct responsibility for their accuracy.',
  },
  {
    ar: 'أُحطت علمًا بأن طلبي يُعرض على الوحدة الإدارية المختصة لدراسته، وأنه ستتم موافاتي بالجديد عبر وسيلة التواصل المتفق عليها معي.',
    en: 'I have been informed that my request goes to the competent administrative unit for study, and that I will be informed of any news through the communication channel agreed with me.',
  },
  {
    ar: 'أُحطت علمًا بأن مدة الرد على الطلب لا تتجاوز 15 يوم عمل من تاريخ اكتمال الطلب.',
    en: 'I have been informed that the reply to the request is due within at most 15 working days from the date the request became complete.',
  },
];

/** Arabic page label; the bilingual variant adds the English one on the other side of the footer. */
export function pageLabel(page: number, pages: number): Bilingual {
  return { ar: `صفحة ${page} من ${pages}`, en: `Page ${page} of ${pages}` };
}
