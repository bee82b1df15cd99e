/**
 * The visit report (policy 3.8c: "the visit report prints as an Arabic PDF with the photos"): a pdfmake
 * definition laid out right to left by the same code as the intake documents (shared/intake/pdf,
 * shared/pdf). Pure: the desk resolves names, dates and photo bytes into this plain input first, so the
 * PDF worker needs nothing else. A photo pdfmake cannot draw (not JPEG/PNG by its bytes) is named, not drawn.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { FontMetrics } from '../pdf/measure';
import { checkImageDataUrl } from '../declaration/image';
import type { CheckResult, PublicationConsent } from '../db/schemas/visit.schema';
import { documentHeading, intakeDocument, labelValueTable, listTable, paragraphs, sectionTitle, CONTENT_WIDTH, type LabelValue } from '../intake/pdf/document-parts';
import { rtlText } from '../pdf/content';

export type VisitReportInput = {
  associationName: string;
  visitNumber: string;
  visitType: string;
  /** the site's name or the beneficiary's name and file number, as shown */
  target: string;
  plannedDate: string;
  visitedDate: string;
  fieldWorker: string;
  status: string;
  purpose: string;
  checklist: Array<{ label: string; result: CheckResult | null; note: string }>;
  findings: string;
  actions: Array<{ text: string; owner: string; dueDate: string; done: boolean }>;
  /** interviews taken (survey answers): the questionnaire's name and how many answers */
  interviews: Array<{ questionnaire: string; count: number }>;
  /** `consent`: whether the person had a photo consent in force when it was taken (policy 3.6a). */
  photos: Array<{ dataUrl: string; caption: string; consent?: PublicationConsent }>;
};

/** Printed under each photo: publication needs a consent in force (policy 3.6a). */
export const PHOTO_CONSENT_WORDS: Record<PublicationConsent, string> = {
  given: 'بموافقة على النشر',
  refused: 'سُحبت الموافقة على النشر',
  unknown: 'بلا موافقة على النشر',
};

export const RESULT_WORDS: Record<CheckResult | 'open', string> = {
  met: 'متحقق',
  'not-met': 'غير متحقق',
  'not-applicable': 'لا ينطبق',
  open: 'لم يُسجّل',
};

const PHOTO_WIDTH = (CONTENT_WIDTH - 12) / 2;

function photoBlocks(photos: VisitReportInput['photos'], metrics: FontMetrics): Content[] {
  const cells: Content[] = photos.map((photo, index) => {
    const image = checkImageDataUrl(photo.dataUrl);
    const caption = rtlText(photo.caption === '' ? `صورة ${index + 1}` : photo.caption, { width: PHOTO_WIDTH, fontSize: 9, metrics, align: 'center' });
    const consent = rtlText(PHOTO_CONSENT_WORDS[photo.consent ?? 'unknown'], { width: PHOTO_WIDTH, fontSize: 8, metrics, align: 'center', color: '#555555' });
    if (!image.ok) return { width: PHOTO_WIDTH, stack: [rtlText('صورة لا يمكن عرضها', { width: PHOTO_WIDTH, fontSize: 9, metrics }), caption, consent] };
    return { width: PHOTO_WIDTH, stack: [{ image: image.value, fit: [PHOTO_WIDTH, 200], alignment: 'center' }, caption, consent], unbreakable: true };
  });
  const rows: Content[] = [];
  // Two photos a row, first on the right (the page reads right to left).
  for (let i = 0; i < cells.length; i += 2) {
    const pair = cells.slice(i, i + 2).reverse();
    rows.push({ columns: pair.length === 2 ? pair : [{ width: PHOTO_WIDTH, text: '' }, ...pair], columnGap: 12, margin: [0, 0, 0, 8] });
  }
  return rows;
}

export function buildVisitReport(input: VisitReportInput, metrics: FontMetrics): TDocumentDefinitions {
  const facts: LabelValue[] = [
    { label: 'رقم الزيارة', value: input.visitNumber },
    { label: 'نوع الزيارة', value: input.visitType },
    { label: 'الجهة المزارة', value: input.target },
    { label: 'التاريخ المخطط', value: input.plannedDate },
    { label: 'تاريخ التنفيذ', value: input.visitedDate },
    { label: 'الباحث الميداني', value: input.fieldWorker },
    { label: 'الحالة', value: input.status },
  ];
  const content: Content[] = [
    ...documentHeading(input.associationName, 'تقرير زيارة إشرافية', metrics),
    labelValueTable(facts, metrics),
  ];
  if (input.purpose !== '') content.push(sectionTitle('الغرض من الزيارة', metrics), ...paragraphs(input.purpose, metrics));
  content.push(
    sectionTitle('قائمة التحقق', metrics),
    listTable([{ header: 'البند', width: 0 }, { header: 'النتيجة', width: 70 }, { header: 'ملاحظة', width: 170 }], 0,
      input.checklist.map((item) => [item.label, RESULT_WORDS[item.result ?? 'open'], item.note === '' ? '—' : item.note]), metrics),
    sectionTitle('الملاحظات والنتائج', metrics),
    ...(input.findings === '' ? paragraphs('لا توجد ملاحظات.', metrics) : paragraphs(input.findings, metrics)),
    sectionTitle('الإجراءات التصحيحية والمتابعة', metrics),
  );
  if (input.actions.length === 0) content.push(...paragraphs('لا توجد إجراءات.', metrics));
  else {
    content.push(listTable([{ header: 'الإجراء', width: 0 }, { header: 'المسؤول', width: 100 }, { header: 'الموعد', width: 70 }, { header: 'الحالة', width: 50 }], 0,
      input.actions.map((action) => [action.text, action.owner, action.dueDate, action.done ? 'منجز' : 'مفتوح']), metrics));
  }
  if (input.interviews.length > 0) {
    content.push(sectionTitle('المقابلات', metrics), listTable([{ header: 'الاستبيان', width: 0 }, { header: 'عدد المقابلات', width: 90 }], 0,
      input.interviews.map((row) => [row.questionnaire, String(row.count)]), metrics));
  }
  if (input.photos.length > 0) content.push(sectionTitle('الصور', metrics), ...photoBlocks(input.photos, metrics));
  return intakeDocument({ title: `تقرير زيارة ${input.visitNumber}`, associationName: input.associationName, content, metrics });
}
