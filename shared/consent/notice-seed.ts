/**
 * Version 1 of the privacy notice, seeded on every desk (shared/catalog/seed.ts). A DRAFT written for
 * the association to review and approve (it is not legal advice): it follows the PDPL's right to be
 * informed (Art. 4(1), Art. 12: the purpose, the legal basis, who receives the data, how long it is
 * kept and the person's rights). An admin publishes the approved text as version 2.
 */
import type { NoticeVersion } from './privacy-notice';

const TEXT_AR = `مسودة للمراجعة والاعتماد من الجمعية.

يحق لك بموجب نظام حماية البيانات الشخصية أن تُبلَّغ بما نجمعه عنك ولماذا.

ما نجمعه: اسمك ورقم هويتك وتاريخ ميلادك وبيانات أسرتك وعنوانك وأرقام تواصلك، وما تقدمه من طلبات ومستندات.

لماذا نجمعه: لدراسة طلباتك وتقديم خدمات الجمعية لك وإبلاغك بنتائجها وقياس رضا المستفيدين.

من يطّلع عليه: موظفو الجمعية المختصون فقط، ولا نشاركه مع جهة أخرى إلا بموافقتك أو بما يوجبه النظام.

مدة الحفظ: ما دام ملفك نشطًا، ثم نراجعه ونتلفه أو نخفي هويتك فيه ما لم يلزمنا النظام بحفظه.

حقوقك: أن تطّلع على بياناتك وتحصل على نسخة منها، وأن تطلب تصحيحها أو إتلافها، وأن تسحب موافقتك في أي وقت، ومنها التوقف عن التواصل معك بوسيلة معينة أو عن اختيارك في استبيانات الرضا.

للتواصل: مكتب الاستقبال في الجمعية.`;

const TEXT_EN = `Draft for the association to review and approve.

Under the Personal Data Protection Law you have the right to be informed of what we collect about you and why.

What we collect: your name, ID number, date of birth, family details, address and contact numbers, and the requests and documents you give us.

Why: to study your requests, provide the association's services, tell you their outcome and measure beneficiaries' satisfaction.

Who sees it: only the association's staff who need it; we share it with no one else without your consent, unless the law requires it.

How long: while your file is active; then we review it and destroy it or remove what identifies you, unless the law requires us to keep it.

Your rights: to see your data and obtain a copy, to ask for it to be corrected or destroyed, and to withdraw your consent at any time, including to stop contact on a given channel or being chosen for satisfaction surveys.

Contact: the association's reception desk.`;

export const NOTICE_SEED: NoticeVersion = {
  version: 1,
  titleAr: 'إشعار الخصوصية',
  titleEn: 'Privacy notice',
  textAr: TEXT_AR,
  textEn: TEXT_EN,
  publishedAt: '2025-01-01T00:00:00.000Z',
  publishedBy: 'seed',
};
